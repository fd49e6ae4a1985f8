// Start-up against this machine's floor, measured side by side in the same run (a shared machine
// drifts; ratios hold): `paxminer --help` vs `node -e 0`, `parse` of a few messages vs a node that
// copies stdin to stdout, and the bot's time to `/healthz` 200 vs a bare HTTP server's; then the packages
// `parse` and `stats` load (none of Slack, charts or the scheduler).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../test/support/bot.js';
import { SIGNING_SECRET } from '../test/support/signing.js';
import { SlackApiDouble } from '../test/support/slack-api.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const ROUNDS = 7;

function env(extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', NODE_ENV: 'production', ...extra };
}

/** Wall time of one process from spawn to exit, in ms (`anyExit`: whatever its exit code). */
function timed(args: string[], stdin = '', extra: Record<string, string> = {}, anyExit = false): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, env: env(extra), stdio: ['pipe', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 || anyExit ? resolve(performance.now() - started) : reject(new Error(`${args.join(' ')} exited ${code}: ${err}`)),
    );
    child.stdin.end(stdin);
  });
}

/** Spawn to the first 200 from GET /healthz, in ms; the process is then stopped. */
async function toHealthy(args: string[], extra: Record<string, string>, port: number): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: ROOT, env: env({ ...extra, PORT: String(port) }), stdio: 'ignore' });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  try {
    for (;;) {
      const status = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.status,
        () => 0,
      );
      if (status === 200) return performance.now() - started;
      if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited ${child.exitCode} before /healthz answered`);
      if (performance.now() - started > 30_000) throw new Error(`${args.join(' ')}: no /healthz 200 in 30 s`);
      await new Promise((r) => setTimeout(r, 5));
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Runs ours and the floor alternately ROUNDS times; prints both medians and their ratio. */
async function compare(label: string, ours: () => Promise<number>, floorLabel: string, floor: () => Promise<number>) {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    b.push(await floor());
    a.push(await ours());
  }
  const [m, f] = [median(a), median(b)];
  console.log(
    `${label.padEnd(22)} ${m.toFixed(0).padStart(5)} ms   ${floorLabel.padEnd(26)} ${f.toFixed(0).padStart(5)} ms   ${(m / f).toFixed(2)}x`,
  );
}

// The packages a process loaded (test/support/record-loads.mjs lists every module it resolves).
const HEAVY = ['@slack/bolt', '@slack/web-api', '@slack/socket-mode', 'chart.js', '@napi-rs/canvas', 'quickchart-js', 'bree'];
const packagesIn = (file: string) =>
  [...new Set([...readFileSync(file, 'utf8').matchAll(/node_modules\/((?:@[^/]+\/)?[^/\n]+)/g)].map((m) => m[1]!))].sort();
const recording = (file: string) => ({ args: ['--import', './test/support/record-loads.mjs'], env: { RECORD_LOADS: file } });

function printLoads(label: string, packages: string[]): void {
  const heavy = packages.filter((p) => HEAVY.includes(p));
  console.log(`${label.padEnd(30)} ${String(packages.length).padStart(3)} packages; Slack, chart or scheduler: ${heavy.join(', ') || 'none'}`);
}

const MESSAGES = Array.from({ length: 20 }, (_, i) =>
  JSON.stringify({
    ts: `17000000${String(i).padStart(2, '0')}.000100`,
    channel: 'C0YARD',
    user: 'U0Q',
    text: `Backblast! Merkins ${i}\nDATE: 2026-11-02\nQ: <@U0Q>\nPAX: <@U0A> <@U0B> <@U0C>\nCOUNT: 4`,
  }),
).join('\n');

export async function run(): Promise<void> {
  console.log(`median of ${ROUNDS}, ours then the floor, ratio = ours / floor`);
  await compare(
    'paxminer --help',
    () => timed(['dist/cli.js', '--help']),
    'node -e 0',
    () => timed(['-e', '0']),
  );
  await compare(
    'paxminer parse (20)',
    () => timed(['dist/cli.js', 'parse'], MESSAGES),
    'node: stdin to stdout',
    () => timed(['-e', 'process.stdin.pipe(process.stdout)'], MESSAGES),
  );

  const dir = mkdtempSync(join(tmpdir(), 'paxminer-bench-startup-'));
  const api = await SlackApiDouble.start();
  try {
    const port = await freePort();
    const bot = {
      DATABASE_URL: `sqlite:${join(dir, 'bot.sqlite')}`,
      SLACK_BOT_TOKEN: 'xoxb-bench',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: api.url,
    };
    await toHealthy(['dist/main.js'], bot, port); // migrates the new database once; the runs below restart
    const bare = `require('node:http').createServer((q, s) => s.end('ok')).listen(${port})`;
    await compare(
      'bot to /healthz 200',
      () => toHealthy(['dist/main.js'], bot, port),
      'bare http server',
      () => toHealthy(['-e', bare], {}, port),
    );
    for (const [label, args, stdin] of [
      ['paxminer parse', ['parse'], MESSAGES],
      // The bot's database holds no posts: stats reads it and answers that (exit 1), its whole path loaded.
      ['paxminer stats', ['stats', '--user', 'U0Q', '--year', '2026'], ''],
    ] as const) {
      const r = recording(join(dir, `${args[0]}.loads`));
      await timed([...r.args, 'dist/cli.js', ...args], stdin, { ...r.env, DATABASE_URL: bot.DATABASE_URL }, true);
      printLoads(label, packagesIn(r.env.RECORD_LOADS));
    }
  } finally {
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
