import { spawn, type ChildProcess } from 'node:child_process';
import { createConnection } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { loadSettings } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { RegionRegistry } from '../../src/regions/registry.js';
import type { RegionRow } from '../../src/regions/queries.js';
import { freePort } from '../support/bot.js';
import { createTestDatabase, dialects, type TestDatabase } from '../support/db.js';
import { ROOT } from '../support/run.js';
import { SlackApiDouble, type ApiCall, type Workspace } from '../support/slack-api.js';
import { seedRegion } from '../stats/seed.js';
import { manyRegionsEnv, uniqueSuffix, workspace } from './support.js';

// Two replicas of the built app (`node dist/main.js`) in many-regions mode on one MariaDB control
// database, jobs on, with a job clock (JOBS_CLOCK) at 10:00 on Dec 1 in Chicago: every region's
// nightly run of Dec 1, its November monthly delivery and the hourly jobs (weekly report, achievements)
// of 10:00 are due. Each must run exactly once across
// the two processes; a replica killed mid-delivery leaves work the other one finishes, sending nothing
// twice. Slack is the local double, which records every call.

const CLOCK = '2026-12-01T16:00:00Z';
const NIGHT = '2026-12-01';
const MONTH = '2026-11';
/** The region-local hour of the clock: the weekly report's and achievements' period. */
const HOUR = '2026-12-01T10';
const JOBS = ['reconcile', 'monthly', 'weekly', 'achievements'];
const log = createLogger('silent', { pretty: false });

interface Replica {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function startReplica(env: Record<string, string>): Replica {
  const child = spawn(process.execPath, ['dist/main.js'], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env } });
  let text = '';
  child.stdout!.on('data', (d: Buffer) => (text += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (text += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => text, exited };
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number, output: () => string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`${what} not within ${timeoutMs} ms\n${output().slice(-4000)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** What a workspace's channel got: one shared message per files.completeUploadExternal. */
interface Share {
  token: string;
  channel: string;
  fileIds: string[];
}

/** Makes the double share files as Slack does and tell files.info; `hang(share)` keeps a share's answer forever. */
function trackShares(api: SlackApiDouble, hang: (share: Share) => boolean): Share[] {
  const shares: Share[] = [];
  api.on('files.completeUploadExternal', (p, call: ApiCall) => {
    const files = (typeof p.files === 'string' ? JSON.parse(p.files) : p.files) as Array<{ id: string; title?: string }>;
    const share = { token: String(call.token), channel: String(p.channel_id), fileIds: files.map((f) => f.id) };
    shares.push(share);
    if (hang(share)) return new Promise(() => undefined);
    return { ok: true, files: files.map((f) => ({ id: f.id, title: f.title })) };
  });
  api.on('files.info', (p) => {
    const id = String(p.file);
    const where = shares.filter((s) => s.fileIds.includes(id)).map((s) => s.channel);
    return { ok: true, file: { id, channels: where.filter((c) => c.startsWith('C')), groups: [], ims: where.filter((c) => c.startsWith('D')) } };
  });
  return shares;
}

/** `token channel` of every target that got more than one message. */
function sentTwice(shares: Share[]): string[] {
  const seen = new Map<string, number>();
  for (const s of shares) seen.set(`${s.token} ${s.channel}`, (seen.get(`${s.token} ${s.channel}`) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([k]) => k);
}

const mysql = dialects().includes('mysql');

describe.skipIf(!mysql)('two replicas of the app on one MariaDB, jobs on', () => {
  let api: SlackApiDouble;
  let database: TestDatabase;
  let registry: RegionRegistry;
  let workspaces: Workspace[];
  let rows: RegionRow[];
  let replicas: Replica[] = [];

  beforeAll(async () => {
    const suffix = uniqueSuffix();
    workspaces = ['alpha', 'bravo', 'charlie'].map((k) => workspace(k, suffix));
    api = await SlackApiDouble.start();
    for (const ws of workspaces) api.addWorkspace(ws);
    database = await createTestDatabase('mysql');
    registry = await RegionRegistry.open(loadSettings({ DATABASE_URL: database.url, SLACK_API_URL: api.url, REGION_TZ: 'America/Chicago' }), log);
    for (const ws of workspaces) {
      const row = await registry.install({ teamId: ws.teamId, teamName: ws.teamName, botToken: ws.token, botUserId: ws.botUserId });
      await registry.withRegion(row, (ctx) => seedRegion(ctx.db));
    }
    rows = await registry.list();
  });

  afterAll(async () => {
    for (const r of replicas) r.child.kill('SIGKILL');
    await registry?.close();
    await api?.close();
    if (rows?.length) {
      const conn = await createConnection({ uri: inject('mysqlServerUrl')! });
      for (const r of rows) await conn.query(`drop database if exists \`${r.schema_name}\``);
      await conn.end();
    }
    await database?.drop();
  });

  async function startTwo(): Promise<Replica[]> {
    const env = async () => ({
      ...manyRegionsEnv(database.url, api.url, await freePort()),
      REGION_TZ: 'America/Chicago',
      JOBS: 'on',
      JOBS_CLOCK: CLOCK,
      JOBS_TICK_SECONDS: '1',
      LOG_LEVEL: 'info',
    });
    replicas = [startReplica(await env()), startReplica(await env())];
    return replicas;
  }

  const output = () => replicas.map((r, i) => `--- replica ${i}\n${r.output().slice(-3000)}`).join('\n');

  async function stopAll(): Promise<void> {
    for (const r of replicas) r.child.kill('SIGTERM');
    await Promise.all(replicas.map((r) => r.exited));
  }

  const runs = () => registry.control.selectFrom('region_job_runs').selectAll().execute();

  /** Waits until all twelve runs (3 regions × nightly, monthly, weekly, achievements) are marked done. */
  const allDone = (timeoutMs: number) =>
    until('every region job done', async () => {
      const r = await runs();
      return r.length === rows.length * JOBS.length && r.every((x) => x.done_at !== null) ? r : undefined;
    }, timeoutMs, output);

  async function ledger(schema: string) {
    const row = rows.find((r) => r.schema_name === schema)!;
    return registry.withRegion(row, (ctx) => ctx.db.selectFrom('monthly_deliveries').selectAll().where('month', '=', MONTH).execute());
  }

  /**
   * Every run claimed and finished once, every delivery sent as one message. For the `strict`
   * workspaces also: one read of the workspace and no file uploaded twice (a replica killed in the
   * middle of another region's run may leave an unshared upload there, which nobody sees, or a
   * nightly read that is redone).
   */
  async function expectEachOnce(shares: Share[], strict: Workspace[]) {
    const done = await runs();
    // One claim row per region, job and period, finished without error.
    expect(done.map((r) => `${r.schema_name} ${r.job} ${r.period} ${r.error}`).sort()).toEqual(
      rows
        .flatMap((r) => [
          `${r.schema_name} monthly ${MONTH} null`,
          `${r.schema_name} reconcile ${NIGHT} null`,
          `${r.schema_name} weekly ${HOUR} null`,
          `${r.schema_name} achievements ${HOUR} null`,
        ])
        .sort(),
    );
    for (const ws of workspaces) {
      const row = rows.find((r) => r.team_id === ws.teamId)!;
      const reads = api.callsTo('conversations.list').filter((c) => c.token === ws.token);
      expect(reads.length, ws.teamId).toBeGreaterThanOrEqual(1);
      // Every delivery in the ledger was sent, and each one as exactly one message.
      const sent = await ledger(row.schema_name);
      expect(sent.length, ws.teamId).toBeGreaterThanOrEqual(8);
      expect(sent.every((d) => d.status === 'sent'), ws.teamId).toBe(true);
      const mine = shares.filter((s) => s.token === ws.token);
      expect(mine.map((s) => s.channel).sort(), ws.teamId).toEqual(sent.map((d) => d.channel_id).sort());
      if (!strict.includes(ws)) continue;
      // The nightly run read the workspace once; no file went up twice.
      expect(reads, ws.teamId).toHaveLength(1);
      const names = api
        .callsTo('files.getUploadURLExternal')
        .filter((c) => c.token === ws.token)
        .map((c) => String(c.params.filename));
      expect(new Set(names).size, ws.teamId).toBe(names.length);
      expect(names.length, ws.teamId).toBe(mine.reduce((n, s) => n + s.fileIds.length, 0));
    }
    expect(sentTwice(shares)).toEqual([]);
  }

  it('runs every region\'s nightly, monthly and hourly jobs exactly once across the two processes', async () => {
    const shares = trackShares(api, () => false);
    await startTwo();
    await allDone(40_000);
    // A few more ticks of both replicas: nothing runs again.
    await new Promise((r) => setTimeout(r, 2500));
    await stopAll();
    await expectEachOnce(shares, workspaces);
    // The weekly report (no site Qs: the workspace admin) went out once per region.
    for (const ws of workspaces) {
      const reports = api.callsTo('chat.postMessage').filter((c) => c.token === ws.token && c.params.channel === `D${ws.users[0]!.id}`);
      expect(reports, ws.teamId).toHaveLength(1);
    }
    expect(replicas.map((r) => r.output()).join('\n')).not.toMatch(/xoxb-/);
  }, 60_000);

  it('a replica killed in the middle of a monthly delivery leaves the rest to the other, nothing sent twice', async () => {
    // The same period again from a clean slate: no claims, an empty ledger, a fresh record of calls.
    await registry.control.deleteFrom('region_job_runs').execute();
    for (const row of rows) await registry.withRegion(row, (ctx) => ctx.db.deleteFrom('monthly_deliveries').execute());
    api.calls.length = 0;
    api.uploads.length = 0;
    // Bravo's second chart message reaches Slack, and its answer never comes back: the replica
    // sending it is stuck right after the share, its ledger row still `sending`.
    const bravo = workspaces[1]!;
    const bravoRow = rows.find((r) => r.team_id === bravo.teamId)!;
    let hung: Share | undefined;
    const shares = trackShares(api, (s) => {
      if (hung || s.token !== bravo.token || shares.filter((x) => x.token === bravo.token).length !== 2) return false;
      hung = s;
      return true;
    });
    const [one, two] = await startTwo();
    await until('bravo stuck in its monthly delivery', async () => hung, 40_000, output);

    const claim = await registry.control
      .selectFrom('region_job_runs')
      .selectAll()
      .where('schema_name', '=', bravoRow.schema_name)
      .where('job', '=', 'monthly')
      .executeTakeFirstOrThrow();
    expect(claim.done_at).toBeNull();
    const stuckPid = Number(claim.holder.split(':')[1]);
    const stuck = [one!, two!].find((r) => r.child.pid === stuckPid);
    const other = [one!, two!].find((r) => r.child.pid !== stuckPid)!;
    expect(stuck, `holder ${claim.holder}`).toBeDefined();
    stuck!.child.kill('SIGKILL');
    expect(await stuck!.exited).toBeNull();

    const done = await allDone(40_000);
    // The survivor took bravo's delivery over and finished it.
    const finished = done.find((r) => r.schema_name === bravoRow.schema_name && r.job === 'monthly')!;
    expect(Number(finished.holder.split(':')[1])).toBe(other.child.pid);
    expect(other.output()).toMatch(/delivered before an interruption; marked sent/);
    await new Promise((r) => setTimeout(r, 1500));
    other.child.kill('SIGTERM');
    expect(await other.exited).toBe(0);

    // The share that hung counted as sent: it was not sent again, and nothing else was either.
    expect(shares.filter((s) => s.token === bravo.token && s.channel === hung!.channel)).toHaveLength(1);
    await expectEachOnce(shares, [bravo]);
  }, 90_000);
});
