import { Worker } from 'node:worker_threads';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allAwards } from '../../src/db/queries/achievements.js';
import { JOBS } from '../../src/jobs/scheduler.js';
import { todayIn } from '../../src/stats/period.js';
import { isoWeekday } from '../../src/weekly/calendar.js';
import { setWeeklySchedule } from '../../src/weekly/settings.js';
import { dialects, type TestRegion } from '../support/db.js';
import { seededRegion, type SeededRegion } from '../support/seeded.js';
import type { SlackApiDouble } from '../support/slack-api.js';

const NANTAN = 'U0NANTAN';

/** Runs a Bree worker as Bree does: a worker thread reading the environment (tsx compiles the source). */
async function runWorker(name: string, env: Record<string, string>): Promise<unknown[]> {
  const file = fileURLToPath(new URL(`../../src/jobs/workers/${name}.ts`, import.meta.url));
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(pathToFileURL(file).href)}); })`;
  const worker = new Worker(boot, { eval: true, env: { ...process.env, ...env } });
  const messages: unknown[] = [];
  worker.on('message', (m) => messages.push(m));
  const code = await new Promise<number>((resolve, reject) => {
    worker.on('error', reject);
    worker.on('exit', resolve);
  });
  expect(code).toBe(0);
  return messages;
}

describe.each(dialects())('the weekly and achievements Bree workers on %s', (dialect) => {
  let t: SeededRegion;
  let api: SlackApiDouble;
  let region: TestRegion;
  let env: Record<string, string>;
  beforeEach(async () => {
    t = await seededRegion(dialect, { ADMIN_USER_IDS: NANTAN, LOG_LEVEL: 'silent' });
    ({ api, region, env } = t);
  });
  afterEach(async () => t.close());

  it('run every hour', () => {
    expect(JOBS).toContainEqual({ name: 'weekly', cron: '5 * * * *' });
    expect(JOBS).toContainEqual({ name: 'achievements', cron: '20 * * * *' });
  });

  it("weekly sends the week's report once its slot has come, once", async () => {
    const today = todayIn('America/Chicago', new Date());
    await setWeeklySchedule(region.ctx.db, { day: isoWeekday(today), hour: 0 }, Date.now());
    expect(await runWorker('weekly', env)).toEqual(['done']);
    expect(await runWorker('weekly', env)).toEqual(['done']);
    const rows = await region.ctx.db.selectFrom('weekly_deliveries').select(['week', 'recipient', 'status']).execute();
    expect(rows).toEqual([{ week: today, recipient: NANTAN, status: 'sent' }]);
    expect(api.callsTo('chat.postMessage').map((c) => c.params.channel)).toEqual([`D${NANTAN}`]);
  });

  it('achievements stores the awards, and keeps those older than a week quiet', async () => {
    await region.ctx.db
      .updateTable('beatdowns')
      .set({ backblast: 'Backblast\nAchievement: Cadre' })
      .where('bd_date', '=', '2026-11-16')
      .execute();
    expect(await runWorker('achievements', env)).toEqual(['done']);
    const awards = (await allAwards(region.ctx.db)).map((a) => [a.userId, a.name, a.source, a.status]).sort();
    expect(awards).toEqual([
      ['U0DOPPLER', 'Cadre', 'backblast', 'quiet'],
      ['U0SANDBAG', 'Cadre', 'backblast', 'quiet'],
    ]);
    expect(api.callsTo('chat.postMessage')).toEqual([]);
  });
});
