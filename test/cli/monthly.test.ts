import { spawn } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findDelivery } from '../../src/db/queries/delivery.js';
import { dialects, type TestRegion } from '../support/db.js';
import { ROOT, runCli } from '../support/run.js';
import { seededRegion, type SeededRegion } from '../support/seeded.js';
import type { SlackApiDouble } from '../support/slack-api.js';
import { sentTwice, trackShares } from '../jobs/monthly-support.js';
import { DOPPLER, GUMBY, HILL, PIT, RIPCORD, SANDBAG, TATER, YARD } from '../stats/seed.js';

const MONTH = '2026-11';
const REGION_CHANNEL = 'C0REGION';
const EVERY_CHANNEL = [...[DOPPLER, GUMBY, RIPCORD, SANDBAG, TATER].map((u) => `D${u}`), HILL, PIT, YARD, REGION_CHANNEL].sort();

describe.each(dialects())('paxminer monthly on %s', (dialect) => {
  let t: SeededRegion;
  let api: SlackApiDouble;
  let region: TestRegion;
  let env: Record<string, string>;
  beforeEach(async () => {
    t = await seededRegion(dialect, { REGION_CHANNEL });
    ({ api, region, env } = t);
  });
  afterEach(async () => t.close());

  /** Runs `monthly` in a child process and kills it (SIGKILL) once the double has seen `shares` share calls. */
  async function killedAfter(shareCalls: number): Promise<void> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'monthly', '--month', MONTH], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', ...env },
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    await api.waitFor(
      'files.completeUploadExternal',
      () => api.callsTo('files.completeUploadExternal').length >= shareCalls,
      60_000,
    );
    child.kill('SIGKILL');
    await exited;
    // SQLite: the killed run's lease on the job would run out after MONTHLY_LEASE_MS; do not wait for it.
    await region.ctx.db.updateTable('job_locks').set({ expires_at: 0 }).execute();
  }

  it('lists what a dry run would send, sending nothing', async () => {
    const r = await runCli(['monthly', '--month', MONTH, '--dry-run'], { env });
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(9);
    expect(lines[0]).toBe(`would-send\tpax\t${DOPPLER} pax-doppler-U0DOPPLER-2026-11.png`);
    expect(lines).toContain(`would-send\tao\t${YARD} ao-the-yard-qs-2026-11.png ao-the-yard-leaderboard-2026-11.png`);
    expect(r.stderr).toMatch(/2026-11 \(dry run\): 9 would-send/);
    expect(api.calls).toHaveLength(0);
  });

  it('sends, and a second run sends nothing', async () => {
    const shares = trackShares(api);
    const first = await runCli(['monthly', '--month', MONTH], { env });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/9 sent/);
    const second = await runCli(['monthly', '--month', MONTH], { env });
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toMatch(/9 already-sent/);
    expect(shares.map((s) => s.channel).sort()).toEqual(EVERY_CHANNEL);
  });

  it('killed right after Slack shared a message but before it was marked, the rerun asks Slack and does not send it again', async () => {
    const shares = trackShares(api, (n) => (n === 4 ? 'share-then-hang' : 'ok'));
    await killedAfter(4);
    expect(shares).toHaveLength(4);
    const interrupted = await findDelivery(region.ctx.db, { month: MONTH, kind: 'pax', target: SANDBAG });
    expect(interrupted?.status).toBe('sending');

    const rerun = await runCli(['monthly', '--month', MONTH], { env });
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stdout).toContain(`already-sent\tpax\t${SANDBAG}`);
    expect(shares.map((s) => s.channel).sort()).toEqual(EVERY_CHANNEL);
    expect(sentTwice(shares)).toEqual([]);
  });

  it('killed while the share was on its way but before Slack took it, the rerun sends it once', async () => {
    const shares = trackShares(api, (n) => (n === 4 ? 'hang' : 'ok'));
    await killedAfter(4);
    expect(shares).toHaveLength(3);

    const rerun = await runCli(['monthly', '--month', MONTH], { env });
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stdout).toContain(`sent\tpax\t${SANDBAG}`);
    expect(shares.map((s) => s.channel).sort()).toEqual(EVERY_CHANNEL);
    expect(sentTwice(shares)).toEqual([]);
  });

  it('does not send again what Slack cannot confirm either way, and says so', async () => {
    const shares = trackShares(api, (n) => (n === 4 ? 'share-then-hang' : 'ok'));
    api.on('files.info', () => ({ ok: true }));
    await killedAfter(4);

    const rerun = await runCli(['monthly', '--month', MONTH], { env });
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stdout).toContain(`unconfirmed\tpax\t${SANDBAG}`);
    expect(rerun.stderr).toMatch(/1 unconfirmed/);
    expect(shares.map((s) => s.channel).sort()).toEqual(EVERY_CHANNEL);
    expect(sentTwice(shares)).toEqual([]);
  });

  it('needs a bot token to send, and a month', async () => {
    const noToken = await runCli(['monthly', '--month', MONTH], { env: { ...env, SLACK_BOT_TOKEN: '' } });
    expect(noToken.code).toBe(1);
    expect(noToken.stderr).toMatch(/^SLACK_BOT_TOKEN: required to send the monthly charts/);
    const noMonth = await runCli(['monthly', '--month', '2026-13'], { env });
    expect(noMonth.code).toBe(2);
    expect(noMonth.stderr).toMatch(/--month: expected a month like 2026-11, got '2026-13'/);
  });
});
