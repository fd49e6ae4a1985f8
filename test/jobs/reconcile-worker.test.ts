import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JOBS } from '../../src/jobs/scheduler.js';
import { withJobLock } from '../../src/jobs/lock.js';
import { dateOfTs } from '../../src/time.js';
import { dialects, type TestRegion } from '../support/db.js';
import type { SlackApiDouble } from '../support/slack-api.js';
import { Workspace, backblast, startReconcile, user } from './reconcile-workspace.js';

const WORKER = fileURLToPath(new URL('../../src/jobs/workers/reconcile.ts', import.meta.url));
const USERS = [user('U0QUAIL', 'Quail'), user('U0BISON', 'Bison')];
const YARD = { id: 'C0YARD', name: 'ao-the-yard', created: 1_600_000_000, is_member: true };

/** Runs the Bree worker as Bree does (a worker thread with the process's environment), from source. */
function runWorker(env: Record<string, string>): Promise<unknown[]> {
  const code = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(WORKER)}); })`;
  return new Promise((resolve, reject) => {
    const messages: unknown[] = [];
    const worker = new Worker(code, { eval: true, env });
    worker.on('message', (m) => messages.push(m));
    worker.on('error', reject);
    worker.on('exit', (code) => (code === 0 ? resolve(messages) : reject(new Error(`worker exited with ${code}`))));
  });
}

describe('the reconcile job', () => {
  it('is scheduled every night at 03:00', () => {
    expect(JOBS).toContainEqual({ name: 'reconcile', cron: '0 3 * * *' });
  });
});

describe.each(dialects())('the reconcile Bree worker on %s', (dialect) => {
  let t: TestRegion;
  let api: SlackApiDouble;
  let ws: Workspace;
  let env: Record<string, string>;
  let close: () => Promise<void>;
  beforeEach(async () => {
    ({ t, api, ws, env, close } = await startReconcile(dialect, USERS, [YARD], {
      REGION_TZ: 'America/Chicago',
      LOG_LEVEL: 'silent',
    }));
  });
  afterEach(() => close());

  it('reconciles the region its environment names and tells Bree it is done', async () => {
    const ts = ws.ts(1);
    ws.post(YARD.id, { ts, user: 'U0QUAIL', text: backblast('U0QUAIL', ['U0BISON'], dateOfTs(ts, 'America/Chicago')) });
    expect(await runWorker(env)).toEqual(['done']);
    const rows = await t.ctx.db.selectFrom('beatdowns').select('timestamp').execute();
    expect(rows).toEqual([{ timestamp: ts }]);
    expect(api.callsTo('conversations.history')[0]!.token).toBe('xoxb-test-token');
  });

  it('does nothing while another instance holds the job', async () => {
    const ts = ws.ts(1);
    ws.post(YARD.id, { ts, user: 'U0QUAIL', text: backblast('U0QUAIL', ['U0BISON'], dateOfTs(ts, 'America/Chicago')) });
    const outcome = await withJobLock(t.ctx, 'reconcile', () => runWorker(env));
    expect(outcome).toEqual({ ran: true, value: ['done'] });
    expect(api.callsTo('users.list')).toEqual([]);
    expect(await t.ctx.db.selectFrom('beatdowns').select('timestamp').execute()).toEqual([]);
  });
});
