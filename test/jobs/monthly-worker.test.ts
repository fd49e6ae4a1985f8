import { Worker } from 'node:worker_threads';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JOBS } from '../../src/jobs/scheduler.js';
import { previousMonth, todayIn } from '../../src/stats/period.js';
import { createTestRegion, dialects, type TestRegion } from '../support/db.js';
import { SlackApiDouble } from '../support/slack-api.js';
import { seedRegion } from '../stats/seed.js';
import { trackShares } from './monthly-support.js';

const WORKER = fileURLToPath(new URL('../../src/jobs/workers/monthly.ts', import.meta.url));

describe.each(dialects())('the monthly Bree worker on %s', (dialect) => {
  let api: SlackApiDouble;
  let region: TestRegion;
  beforeEach(async () => {
    api = await SlackApiDouble.start();
    region = await createTestRegion(dialect);
    await seedRegion(region.ctx.db);
  });
  afterEach(async () => {
    await api.close();
    await region.cleanup();
  });

  it('is scheduled for the 1st at 09:00', () => {
    expect(JOBS).toContainEqual({ name: 'monthly', cron: '0 9 1 * *' });
  });

  it("sends last month's charts, as Bree runs it: a worker thread reading the environment", async () => {
    const shares = trackShares(api);
    const env = {
      ...process.env,
      DATABASE_URL: region.url,
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_API_URL: api.url,
      REGION_TZ: 'America/Chicago',
      REGION_CHANNEL: 'C0REGION',
      LOG_LEVEL: 'silent',
    };
    // Bree runs the compiled dist/jobs/workers/monthly.js; here tsx compiles the source in the thread.
    const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(pathToFileURL(WORKER).href)}); })`;
    const worker = new Worker(boot, { eval: true, env });
    const messages: unknown[] = [];
    worker.on('message', (m) => messages.push(m));
    const code = await new Promise<number>((resolve, reject) => {
      worker.on('error', reject);
      worker.on('exit', resolve);
    });
    expect(code).toBe(0);
    expect(messages).toEqual(['done']);

    const month = previousMonth(todayIn('America/Chicago', new Date()).slice(0, 7));
    const rows = await region.ctx.db.selectFrom('monthly_deliveries').select(['month', 'kind', 'target', 'status']).execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.month === month && r.status === 'sent')).toBe(true);
    expect(rows).toContainEqual({ month, kind: 'region', target: 'region', status: 'sent' });
    expect(shares.map((s) => s.channel)).toContain('C0REGION');
    expect(shares).toHaveLength(rows.length);
  });
});
