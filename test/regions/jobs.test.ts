import { hostname } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { dueRuns, runDueJobs, startRegionJobs, type RunOutcome } from '../../src/regions/jobs.js';
import { RegionRegistry } from '../../src/regions/registry.js';
import { dialects } from '../support/db.js';
import { BEATDOWNS, DOPPLER, SANDBAG, YARD, saveSeedBeatdown, seedRegion } from '../stats/seed.js';
import type { Workspace } from '../support/slack-api.js';
import { twoRegions, type ManyRegions } from './support.js';

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
  /** The hourly jobs (weekly report, achievements) of one region-local hour. */
  const hourly = (hour: string) => [
    { job: 'weekly', period: hour },
    { job: 'achievements', period: hour },
  ];
  it.each([
    ['2026-12-01T08:30:00Z', hourly('2026-12-01T02')], // 02:30 in Chicago: only the hourly jobs
    ['2026-12-01T09:00:00Z', [{ job: 'reconcile', period: '2026-12-01' }, ...hourly('2026-12-01T03')]], // 03:00: the nightly run
    [
      '2026-12-01T15:00:00Z',
      [{ job: 'reconcile', period: '2026-12-01' }, { job: 'monthly', period: '2026-11' }, ...hourly('2026-12-01T09')],
    ], // 09:00 on the 1st
    ['2026-12-10T15:00:00Z', [{ job: 'reconcile', period: '2026-12-10' }, ...hourly('2026-12-10T09')]],
    ['2026-12-11T05:59:00Z', [{ job: 'reconcile', period: '2026-12-10' }, ...hourly('2026-12-10T23')]], // 23:59: the 10th's last hour
  ])('at %s', (at, expected) => {
    expect(dueRuns(row, 'America/Chicago', new Date(at))).toEqual(expected);
  });
  it('follows the region time zone, and skips the nightly run without scrape_backblasts', () => {
    // 04:00 on Dec 2 in Auckland: the nightly run of its Dec 2, and the monthly one caught up.
    expect(dueRuns(row, 'Pacific/Auckland', new Date('2026-12-01T15:00:00Z'))).toEqual([
      { job: 'reconcile', period: '2026-12-02' },
      { job: 'monthly', period: '2026-11' },
      ...hourly('2026-12-02T04'),
    ]);
    expect(dueRuns(row, 'Pacific/Auckland', new Date('2026-12-01T12:00:00Z'))).toEqual([
      { job: 'monthly', period: '2026-11' },
      ...hourly('2026-12-02T01'),
    ]);
    expect(dueRuns({ scrape_backblasts: 0 } as typeof row, 'America/Chicago', new Date('2026-12-10T15:00:00Z'))).toEqual(
      hourly('2026-12-10T09'),
    );
  });
});

describe.each(dialects())('region jobs across replicas on %s', (dialect) => {
  let m: ManyRegions;
  let replica: RegionRegistry;
  let alpha: Workspace;
  let bravo: Workspace;
  beforeEach(async () => {
    ({ m, alpha, bravo } = await twoRegions(dialect, { install: true }));
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
      [`${names[alpha.teamId]}:weekly:2026-12-01T10`]: 1,
      [`${names[alpha.teamId]}:achievements:2026-12-01T10`]: 1,
      [`${names[bravo.teamId]}:weekly:2026-12-01T10`]: 1,
      [`${names[bravo.teamId]}:achievements:2026-12-01T10`]: 1,
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

  it('runs the weekly report and achievements once per region and hour across replicas', async () => {
    const rows = await m.registry.list();
    // Doppler leads four beatdowns in the first week of December: Leader of Men, announced by DM.
    const december = ['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04'];
    for (const row of rows)
      await m.registry.withRegion(row, async (ctx) => {
        await seedRegion(ctx.db);
        for (const [i, date] of december.entries())
          await saveSeedBeatdown(ctx.db, BEATDOWNS.length + i, { ao: YARD, date, q: DOPPLER, pax: [SANDBAG], count: 2 });
      });
    // 01:00 on Tuesday Dec 8 in Chicago: Monday's 08:00 slot is due; no nightly or monthly run yet.
    const hour = new Date('2026-12-08T07:00:00Z');
    const both = (at: Date) => Promise.all([runDueJobs(m.registry, log, { now: () => at }), runDueJobs(replica, log, { now: () => at })]);
    const hourly = (period: string) =>
      Object.fromEntries(rows.flatMap((r) => [`${r.region}:weekly:${period}`, `${r.region}:achievements:${period}`]).map((k) => [k, 1]));

    const [a, b] = await both(hour);
    expect(count([...a, ...b])).toEqual(hourly('2026-12-08T01'));
    expect([...a, ...b].every((o) => o.ok)).toBe(true);
    // Each region's workspace admin got his AOs' report once, and Doppler his award once, each
    // with his workspace's token.
    const dms = () => m.api.callsTo('chat.postMessage').map((c) => `${c.token} ${String(c.params.channel)}`);
    expect(dms().sort()).toEqual(
      [alpha, bravo].flatMap((ws) => [`${ws.token} D${ws.users[0]!.id}`, `${ws.token} D${DOPPLER}`]).sort(),
    );
    for (const row of rows) {
      const db = m.regionDb(row.schema_name);
      const sent = await db.selectFrom('weekly_deliveries').select(['week', 'status']).execute();
      expect(sent, row.region).toEqual([{ week: '2026-12-07', status: 'sent' }]);
      const awards = await db
        .selectFrom('achievements_awarded')
        .innerJoin('achievements_list', 'achievements_list.id', 'achievements_awarded.achievement_id')
        .select(['achievements_list.name', 'pax_id', 'date_awarded', 'status'])
        .execute();
      expect(awards.map((w) => [w.name, w.pax_id, String(w.date_awarded).slice(0, 10), w.status]), row.region).toEqual([
        ['Leader of Men', DOPPLER, '2026-12-04', 'sent'],
      ]);
    }

    // The same hour again: nothing. The next hour: both run again, and send nothing twice.
    expect(count((await both(hour)).flat())).toEqual({});
    const [c, d] = await both(new Date('2026-12-08T08:00:00Z'));
    expect(count([...c, ...d])).toEqual(hourly('2026-12-08T02'));
    expect(dms()).toHaveLength(4);

    // Finished hourly claims older than two days are forgotten; other jobs' claims are kept.
    const schema = rows[0]!.schema_name;
    const old = Date.now() - 3 * 86_400_000;
    await m.registry.control
      .insertInto('region_job_runs')
      .values(
        (['weekly', 'achievements', 'reconcile'] as const).map((job) => ({
          schema_name: schema,
          job,
          period: job === 'reconcile' ? '2026-11-01' : '2026-11-01T10',
          holder: 'gone:1:x',
          lease_until: old,
          done_at: old,
          error: null,
        })),
      )
      .execute();
    await runDueJobs(replica, log, { now: () => new Date('2026-12-08T08:00:00Z') });
    const left = await m.registry.control.selectFrom('region_job_runs').select(['job', 'period']).where('period', 'like', '2026-11-01%').execute();
    expect(left).toEqual([{ job: 'reconcile', period: '2026-11-01' }]);
    expect(await m.registry.control.selectFrom('region_job_runs').select('job').where('period', '=', '2026-12-08T02').execute()).toHaveLength(4);
  });

  it("a region whose Slack never answers holds back only itself, not the other regions' later runs", async () => {
    // Alpha's users.list never answers until released, so its nightly run hangs; bravo answers.
    let release: (v: unknown) => void = () => undefined;
    const hung = new Promise((resolve) => (release = resolve));
    m.api.on('users.list', (_p, call) =>
      call.token === alpha.token
        ? hung.then(() => ({ ok: false, error: 'invalid_auth' }))
        : { ok: true, members: bravo.users, response_metadata: { next_cursor: '' } },
    );
    const schemaOf = async (ws: Workspace) => (await m.registry.list()).find((r) => r.team_id === ws.teamId)!.schema_name;
    const [alphaSchema, bravoSchema] = [await schemaOf(alpha), await schemaOf(bravo)];
    const done = async (schema: string, job: string, period: string) =>
      (await m.registry.control.selectFrom('region_job_runs').select('done_at').where('schema_name', '=', schema).where('job', '=', job).where('period', '=', period).executeTakeFirst())?.done_at != null;
    const until = async (check: () => Promise<boolean>) => {
      for (const end = Date.now() + 20_000; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) if (await check()) return true;
      return false;
    };
    let at = FIRST;
    const jobs = startRegionJobs(m.registry, log, { now: () => at, tickMs: 100 });
    try {
      expect(await until(() => done(bravoSchema, 'achievements', '2026-12-01T10'))).toBe(true);
      // An hour later alpha is still stuck in its nightly run; bravo's next hour runs all the same.
      at = new Date(FIRST.getTime() + 3_600_000);
      expect(await until(() => done(bravoSchema, 'achievements', '2026-12-01T11'))).toBe(true);
      expect(await until(() => done(bravoSchema, 'weekly', '2026-12-01T11'))).toBe(true);
      expect(await done(alphaSchema, 'reconcile', '2026-12-01')).toBe(false);
    } finally {
      release(undefined);
      await jobs.stop();
    }
    // Released, alpha's run ends (failed: its token was refused) and is finished once.
    expect(await done(alphaSchema, 'reconcile', '2026-12-01')).toBe(true);
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
    expect(outcomes.filter((o) => o.job === 'reconcile').map((o) => [o.region, o.job, o.period, o.ok])).toEqual([
      [alphaRow.region, 'reconcile', '2026-12-10', true],
    ]);
    // The hourly jobs, claimed by nobody yet, ran for both.
    expect(outcomes.filter((o) => o.job !== 'reconcile').map((o) => `${o.region} ${o.job} ${o.period} ${o.ok}`).sort()).toEqual(
      [alphaRow, bravoRow].flatMap((r) => [`${r.region} achievements 2026-12-10T09 true`, `${r.region} weekly 2026-12-10T09 true`]).sort(),
    );
    const runs = await m.registry.control.selectFrom('region_job_runs').select(['schema_name', 'done_at']).where('period', '=', '2026-12-10').execute();
    expect(runs.find((r) => r.schema_name === alphaRow.schema_name)!.done_at).not.toBeNull();
    expect(runs.find((r) => r.schema_name === bravoRow.schema_name)!.done_at).toBeNull();
  });
});
