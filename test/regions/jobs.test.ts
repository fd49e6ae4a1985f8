import { hostname } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { dueRuns, runDueJobs, type RunOutcome } from '../../src/regions/jobs.js';
import { RegionRegistry } from '../../src/regions/registry.js';
import { dialects } from '../support/db.js';
import type { Workspace } from '../support/slack-api.js';
import { startManyRegions, uniqueSuffix, workspace, type ManyRegions } from './support.js';

const log = createLogger('silent', { pretty: false });
// 10:00 on the 1st in Chicago: the nightly run of Dec 1 and November's monthly delivery are due.
const FIRST = new Date('2026-12-01T16:00:00Z');

function count(outcomes: RunOutcome[]) {
  const c: Record<string, number> = {};
  for (const o of outcomes) c[`${o.region}:${o.job}:${o.period}`] = (c[`${o.region}:${o.job}:${o.period}`] ?? 0) + 1;
  return c;
}

describe('when a region job is due', () => {
  const row = { scrape_backblasts: 1 } as Parameters<typeof dueRuns>[0];
  it.each([
    ['2026-12-01T08:30:00Z', []], // 02:30 in Chicago: nothing yet
    ['2026-12-01T09:00:00Z', [{ job: 'reconcile', period: '2026-12-01' }]], // 03:00: the nightly run
    ['2026-12-01T15:00:00Z', [{ job: 'reconcile', period: '2026-12-01' }, { job: 'monthly', period: '2026-11' }]], // 09:00 on the 1st
    ['2026-12-10T15:00:00Z', [{ job: 'reconcile', period: '2026-12-10' }]],
  ])('at %s', (at, expected) => {
    expect(dueRuns(row, 'America/Chicago', new Date(at))).toEqual(expected);
  });
  it('follows the region time zone, and skips the nightly run without scrape_backblasts', () => {
    // 04:00 on Dec 2 in Auckland: the nightly run of its Dec 2, and the monthly one caught up.
    expect(dueRuns(row, 'Pacific/Auckland', new Date('2026-12-01T15:00:00Z'))).toEqual([
      { job: 'reconcile', period: '2026-12-02' },
      { job: 'monthly', period: '2026-11' },
    ]);
    expect(dueRuns(row, 'Pacific/Auckland', new Date('2026-12-01T12:00:00Z'))).toEqual([{ job: 'monthly', period: '2026-11' }]);
    expect(dueRuns({ scrape_backblasts: 0 } as typeof row, 'America/Chicago', new Date('2026-12-10T15:00:00Z'))).toEqual([]);
  });
});

describe.each(dialects())('region jobs across replicas on %s', (dialect) => {
  let m: ManyRegions;
  let replica: RegionRegistry;
  let alpha: Workspace;
  let bravo: Workspace;
  beforeEach(async () => {
    const suffix = uniqueSuffix();
    alpha = workspace('alpha', suffix);
    bravo = workspace('bravo', suffix);
    m = await startManyRegions(dialect, [alpha, bravo]);
    for (const ws of [alpha, bravo]) expect((await m.install(ws)).status).toBe(200);
    replica = await RegionRegistry.open(loadSettings({ DATABASE_URL: m.database.url, SLACK_API_URL: m.api.url }), log);
  });
  afterEach(async () => {
    await replica.close();
    await m.stop();
  });

  it('runs each region\'s nightly and monthly job once, whatever the replicas, and one failure stops nothing', async () => {
    // Alpha's token is refused by Slack: its jobs fail, bravo's run.
    m.api.on('users.list', (_p, call) =>
      call.token === alpha.token ? { ok: false, error: 'invalid_auth' } : { ok: true, members: bravo.users, response_metadata: { next_cursor: '' } },
    );
    const [a, b] = await Promise.all([
      runDueJobs(m.registry, log, { now: () => FIRST }),
      runDueJobs(replica, log, { now: () => FIRST }),
    ]);
    const names = Object.fromEntries((await m.registry.list()).map((r) => [r.team_id, r.region]));
    expect(count([...a, ...b])).toEqual({
      [`${names[alpha.teamId]}:reconcile:2026-12-01`]: 1,
      [`${names[alpha.teamId]}:monthly:2026-11`]: 1,
      [`${names[bravo.teamId]}:reconcile:2026-12-01`]: 1,
      [`${names[bravo.teamId]}:monthly:2026-11`]: 1,
    });
    const bravoRuns = [...a, ...b].filter((o) => o.region === names[bravo.teamId]);
    expect(bravoRuns.every((o) => o.ok)).toBe(true);
    expect([...a, ...b].find((o) => o.region === names[alpha.teamId] && o.job === 'reconcile')).toMatchObject({ ok: false });
    // Bravo's reconciliation read bravo's workspace with bravo's token only.
    expect(m.api.callsTo('conversations.list').every((c) => c.token === bravo.token)).toBe(true);

    // The same period again, on either replica: nothing runs.
    expect(await runDueJobs(m.registry, log, { now: () => FIRST })).toEqual([]);
    expect(await runDueJobs(replica, log, { now: () => FIRST })).toEqual([]);
  });

  it('a run left by a replica that died is finished by another; a live one is left alone', async () => {
    const rows = await m.registry.list();
    const alphaRow = rows.find((r) => r.team_id === alpha.teamId)!;
    const bravoRow = rows.find((r) => r.team_id === bravo.teamId)!;
    const at = new Date('2026-12-10T15:00:00Z');
    await m.registry.control
      .insertInto('region_job_runs')
      .values([
        // A process of this host that is gone (killed mid-job).
        { schema_name: alphaRow.schema_name, job: 'reconcile', period: '2026-12-10', holder: `${hostname()}:999999:dead`, lease_until: Date.now() + 600_000, done_at: null, error: null },
        // Another replica, alive and renewing its lease.
        { schema_name: bravoRow.schema_name, job: 'reconcile', period: '2026-12-10', holder: 'other-host:1:alive', lease_until: Date.now() + 600_000, done_at: null, error: null },
      ])
      .execute();
    const outcomes = await runDueJobs(replica, log, { now: () => at });
    expect(outcomes.map((o) => [o.region, o.job, o.period, o.ok])).toEqual([[alphaRow.region, 'reconcile', '2026-12-10', true]]);
    const runs = await m.registry.control.selectFrom('region_job_runs').select(['schema_name', 'done_at']).where('period', '=', '2026-12-10').execute();
    expect(runs.find((r) => r.schema_name === alphaRow.schema_name)!.done_at).not.toBeNull();
    expect(runs.find((r) => r.schema_name === bravoRow.schema_name)!.done_at).toBeNull();
  });
});
