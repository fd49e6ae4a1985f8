// A burst of signed backblast events all at once, as Slack delivers them after an outage or from a
// busy region: every ack timed (Slack's limit is 3 s), then every row checked once the writes drain.
// Three processes, as in production: the bot (the built app, dist/main.js, logging at info to a file),
// the sender (test/support/burst-send.ts) and this one, which plays Slack's Web API and counts the rows.
// The same burst first meets a bare endpoint (bench/burst-floor.ts): the floor the bot is read against.
// BENCH_CPU_PROF=<dir> writes the bot's CPU profile there; BENCH_BURST=sqlite:1000 runs one burst.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';
import type { DialectName } from '../src/db/dialect.js';
import { openDatabase } from '../src/db/connect.js';
import { dateInZone } from '../src/time.js';
import { freePort } from '../test/support/bot.js';
import { SIGNING_SECRET, eventBody } from '../test/support/signing.js';
import { SlackApiDouble } from '../test/support/slack-api.js';
import { sendBurst } from '../test/support/burst.js';

const TZ = 'America/Chicago';
const MYSQL = process.env.BENCH_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';

async function database(dialect: DialectName, dir: string): Promise<{ url: string; drop(): Promise<void> }> {
  if (dialect === 'sqlite') return { url: `sqlite:${join(dir, 'burst.sqlite')}`, drop: async () => undefined };
  const name = `paxminer_burst_${randomBytes(4).toString('hex')}`;
  const conn = await createConnection({ uri: MYSQL });
  await conn.query(`create database \`${name}\` character set utf8mb4`);
  await conn.end();
  return {
    url: `${MYSQL}/${name}`,
    drop: async () => {
      const c = await createConnection({ uri: MYSQL });
      await c.query(`drop database if exists \`${name}\``);
      await c.end();
    },
  };
}

const pct = (s: number[], p: number) => s[Math.min(s.length - 1, Math.floor((s.length * p) / 100))]!;
/** p50, p95 and max of acks in ms; a failed request counts as infinitely slow. */
function figures(acks: Array<number | null>): [number, number, number] {
  const s = acks.map((a) => a ?? Infinity).sort((a, b) => a - b);
  return [pct(s, 50), pct(s, 95), s.at(-1)!];
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts a server process (the bot, or the floor) and waits until GET /healthz answers. */
async function startServer(args: string[], env: Record<string, string>, dir: string, port: number): Promise<ChildProcess> {
  const log = openSync(join(dir, 'server.log'), 'a');
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', log, log] });
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`${args.at(-1)} exited (${code}); see ${dir}/server.log`))));
  const up = (async () => {
    for (;;) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return;
      } catch {
        // not listening yet
      }
      await sleep(100);
    }
  })();
  await Promise.race([up, exited]);
  return child;
}

function stop(bot: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (bot.exitCode !== null) return resolve();
    bot.once('exit', () => resolve());
    bot.kill('SIGTERM');
  });
}

function bodies(n: number, users: Array<{ id: string }>): string[] {
  const today = dateInZone(Date.now(), TZ);
  const now = Math.floor(Date.now() / 1000);
  return Array.from({ length: n }, (_, i) => {
    const q = users[i % users.length]!.id;
    const pax = Array.from({ length: 8 }, (_, k) => `<@${users[(i * 3 + k + 1) % users.length]!.id}>`).join(' ');
    // 41 AOs against 300 Qs: no two events share an AO, a Q and the day (that would be a duplicate).
    const channel = `C${String(i % 41).padStart(8, '0')}`;
    const text = `Backblast! Burst ${i}\nDate: ${today}\nQ: <@${q}>\nPAX: ${pax}\nCount: 9\n\nWarm-up, thang, COT.`;
    const ts = `${now - 3600 + i}.${String(i).padStart(6, '0')}`;
    return eventBody({ type: 'message', channel, channel_type: 'channel', user: q, text, ts, event_ts: ts });
  });
}

/** `n` events at once against a fresh bot on `dialect`; prints the ack figures and how long the writes took. */
export async function burst(dialect: DialectName, n: number): Promise<{ p95: number; max: number; written: boolean }> {
  const dir = mkdtempSync(join(tmpdir(), 'paxminer-burst-'));
  const db = await database(dialect, dir);
  const api = await SlackApiDouble.start();
  const users = Array.from({ length: 300 }, (_, i) => ({ id: `U${String(i).padStart(8, '0')}`, name: `pax${i}`, profile: { display_name: `Pax ${i}` } }));
  api.on('auth.test', () => ({ ok: true, team_id: 'T0TEST', team: 'Bench', user_id: 'UBOT', bot_id: 'BBOT', url: 'https://bench.slack.com/' }));
  api.on('users.list', () => ({ ok: true, members: users, response_metadata: { next_cursor: '' } }));
  api.on('users.info', (p) => ({ ok: true, user: users.find((u) => u.id === p.user) ?? { id: p.user } }));
  api.on('conversations.info', (p) => ({ ok: true, channel: { id: p.channel, name: `ao-${String(p.channel).toLowerCase()}`, created: 1_600_000_000 } }));
  const port = await freePort();
  const env = {
    DATABASE_URL: db.url,
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: api.url,
    PORT: String(port),
    REGION_TZ: TZ,
    JOBS: 'off',
    LOG_LEVEL: 'info',
    NODE_ENV: 'production',
  };
  const events = bodies(n, users);
  const floorPort = await freePort();
  const floorServer = await startServer(['--import', 'tsx', 'bench/burst-floor.ts', String(floorPort)], {}, dir, floorPort);
  const floor = await sendBurst(`http://127.0.0.1:${floorPort}/slack/events`, events).finally(() => stop(floorServer));
  const prof = process.env.BENCH_CPU_PROF;
  const bot = await startServer([...(prof ? ['--cpu-prof', `--cpu-prof-dir=${prof}`] : []), 'dist/main.js'], env, dir, port);
  const handle = openDatabase(db.url);
  try {
    const started = performance.now();
    const acks = await sendBurst(`http://127.0.0.1:${port}/slack/events`, events);
    const failed = acks.filter((a) => a === null).length;
    const count = async () =>
      Number((await handle.db.selectFrom('beatdowns').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const deadline = Date.now() + (failed > 0 ? 20_000 : 300_000);
    while ((await count()) < n && Date.now() < deadline) await sleep(250);
    const rows = await count();
    const [p50, p95, max] = figures(acks);
    const [f50, f95, fmax] = figures(floor);
    console.log(
      `burst of ${n} events on ${dialect}: ack p50 ${p50.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, max ${max.toFixed(0)} ms ` +
        `(floor, a bare endpoint: p50 ${f50.toFixed(0)}, p95 ${f95.toFixed(0)}, max ${fmax.toFixed(0)} ms); ` +
        `${failed} requests failed; ${rows}/${n} rows written, all in ${((performance.now() - started) / 1000).toFixed(1)} s` +
        `${p95 < 1000 && max < 3000 && rows === n ? '' : '  <-- over target (p95 < 1 s, max < 3 s, every row)'}`,
    );
    const calls = new Map<string, number>();
    for (const c of api.calls) calls.set(c.method, (calls.get(c.method) ?? 0) + 1);
    console.log(`  Web API calls: ${[...calls].map(([m, k]) => `${m} ${k}`).join(', ')}`);
    return { p95, max, written: rows === n };
  } finally {
    await stop(bot);
    await handle.db.destroy();
    await api.close();
    await db.drop();
    if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
  }
}

export async function runBursts(): Promise<void> {
  const only = process.env.BENCH_BURST; // e.g. "sqlite:1000"
  for (const dialect of ['sqlite', 'mysql'] as const) {
    for (const n of [200, 1000]) if (!only || only === `${dialect}:${n}`) await burst(dialect, n);
  }
}
