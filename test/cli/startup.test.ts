import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRegion, dialects, type TestRegion } from '../support/db.js';
import { runNode } from '../support/run.js';
import { DOPPLER, seedRegion } from '../stats/seed.js';

// The heavy packages a command may need: Slack, charts, the scheduler. Only the commands that use them
// may load them (each command's module is loaded when it runs, from the table in cli/index.ts).
const HEAVY = ['@slack/bolt', '@slack/web-api', '@slack/socket-mode', 'chart.js', '@napi-rs/canvas', 'quickchart-js', 'bree'];

const dir = mkdtempSync(join(tmpdir(), 'paxminer-loads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let runs = 0;
/** Runs the built CLI and lists every package (node_modules folder) the process loaded. */
async function loaded(args: string[], options: { env?: Record<string, string>; stdin?: string } = {}) {
  const file = join(dir, `loads-${++runs}`);
  const r = await runNode(['--import', './test/support/record-loads.mjs', 'dist/cli.js', ...args], {
    ...options,
    env: { ...options.env, RECORD_LOADS: file },
  });
  const urls = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  const packages = new Set(urls.map((u) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(u)?.[1]).filter((p) => p !== undefined));
  return { ...r, urls, packages: [...packages].sort() };
}

describe('CLI start-up loads only what the command needs', () => {
  it("--help, and a command's --help, load no package at all", async () => {
    for (const args of [['--help'], ['charts', '--help'], ['reconcile', '--help']]) {
      const r = await loaded(args);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('usage: paxminer');
      expect(r.urls.some((u) => u.endsWith('/dist/cli.js'))).toBe(true);
      expect(r.packages, args.join(' ')).toEqual([]);
    }
  });

  it('parse loads no Slack, chart or scheduler code', async () => {
    const message = {
      ts: '1700000000.000100',
      channel: 'C0YARD',
      user: 'U0Q',
      text: 'Backblast! Merkins\nDATE: 2026-11-02\nQ: <@U0Q>\nPAX: <@U0A> <@U0B>',
    };
    const r = await loaded(['parse'], { stdin: JSON.stringify(message) + '\n' });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ts: message.ts, is_backblast: true, q_user_id: 'U0Q' });
    expect(r.packages.filter((p) => HEAVY.includes(p))).toEqual([]);
  });

  it('the check sees a heavy package when a command does load one', async () => {
    const r = await loaded(['charts', '--month', '2026-11', '--out', join(dir, 'charts')], {
      env: { DATABASE_URL: `sqlite:${join(dir, 'charts.sqlite')}` },
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.packages).toEqual(expect.arrayContaining(['chart.js', '@napi-rs/canvas']));
  });
});

describe.each(dialects())('paxminer stats on %s loads no Slack, chart or scheduler code', (dialect) => {
  let region: TestRegion;
  beforeAll(async () => {
    region = await createTestRegion(dialect);
    await seedRegion(region.ctx.db);
  });
  afterAll(async () => region.cleanup());

  it('answers from the database with only the database packages loaded', async () => {
    const r = await loaded(['stats', '--user', DOPPLER, '--year', '2026'], { env: { DATABASE_URL: region.url } });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ user_id: DOPPLER, posts: 7 });
    expect(r.packages).toContain('kysely');
    expect(r.packages).toContain(dialect === 'sqlite' ? 'better-sqlite3' : 'mysql2');
    expect(r.packages.filter((p) => HEAVY.includes(p))).toEqual([]);
  });
});
