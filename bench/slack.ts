// The live bot over HTTP on SQLite, as Slack drives it: how fast it answers (ack latency of events and
// form submissions, also while another connection holds the database's write lock) and how many
// posted backblasts per second it records end to end. Slack's limit for an answer is 3 seconds.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { loadSettings } from '../src/config.js';
import { createLogger } from '../src/log.js';
import { openRegion } from '../src/region.js';
import { createSlackApp, startSlackApp } from '../src/slack/app.js';
import { dateInZone } from '../src/time.js';
import { SIGNING_SECRET, eventBody, interactionBody, postSigned } from '../test/support/signing.js';
import { SlackApiDouble } from '../test/support/slack-api.js';
import { runBursts } from './slack-burst.js';

const EVENTS = 400;
const CONCURRENCY = 8;
const TZ = 'America/Chicago';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
}

function figures(label: string, ms: number[]): void {
  const s = [...ms].sort((a, b) => a - b);
  console.log(
    `${label}: p50 ${percentile(s, 50).toFixed(1)} ms, p95 ${percentile(s, 95).toFixed(1)} ms, max ${s.at(-1)!.toFixed(1)} ms (n=${s.length})`,
  );
}

async function timedAll(requests: Array<() => Promise<Response>>): Promise<number[]> {
  const out: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < requests.length) {
        const request = requests[next++]!;
        const start = performance.now();
        const res = await request();
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`status ${res.status}`);
        out.push(performance.now() - start);
      }
    }),
  );
  return out;
}

async function count(db: Awaited<ReturnType<typeof openRegion>>['db']): Promise<number> {
  const r = await db
    .selectFrom('beatdowns')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'paxminer-bench-'));
  const api = await SlackApiDouble.start();
  const users = Array.from({ length: 300 }, (_, i) => ({
    id: `U${String(i).padStart(8, '0')}`,
    name: `pax${i}`,
    profile: { display_name: `Pax ${i}` },
  }));
  api.on('users.list', () => ({ ok: true, members: users, response_metadata: { next_cursor: '' } }));
  api.on('users.info', (p) => ({ ok: true, user: users.find((u) => u.id === p.user) ?? { id: p.user } }));
  api.on('conversations.info', (p) => ({
    ok: true,
    channel: { id: p.channel, name: `ao-${String(p.channel).toLowerCase()}`, created: 1_600_000_000 },
  }));
  const port = await freePort();
  const path = join(dir, 'bench.sqlite');
  const settings = loadSettings({
    DATABASE_URL: `sqlite:${path}`,
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: api.url,
    PORT: String(port),
    REGION_TZ: TZ,
    JOBS: 'off',
  });
  const ctx = await openRegion(settings, createLogger('silent', { pretty: false }));
  const app = createSlackApp(ctx);
  await startSlackApp(app, ctx);
  const url = `http://127.0.0.1:${port}/slack/events`;
  const today = dateInZone(Date.now(), TZ);
  const now = Math.floor(Date.now() / 1000);

  const event = (i: number) => {
    const q = users[i % users.length]!.id;
    const pax = Array.from({ length: 8 }, (_, k) => `<@${users[(i * 3 + k + 1) % users.length]!.id}>`).join(' ');
    const channel = `C${String(i % 40).padStart(8, '0')}`;
    const text = `Backblast! Bench ${i}\nDate: ${today}\nQ: <@${q}>\nPAX: ${pax}\nCount: 9\n\nWarm-up, thang, COT.`;
    const ts = `${now - 3600 + i}.${String(i).padStart(6, '0')}`;
    return () =>
      postSigned(url, {
        body: eventBody({ type: 'message', channel, channel_type: 'channel', user: q, text, ts, event_ts: ts }),
        contentType: 'application/json',
      });
  };

  try {
    const start = performance.now();
    const acks = await timedAll(Array.from({ length: EVENTS }, (_, i) => event(i)));
    while ((await count(ctx.db)) < EVENTS) await new Promise((r) => setTimeout(r, 10));
    const seconds = (performance.now() - start) / 1000;
    figures('event ack', acks);
    console.log(
      `recorded ${EVENTS} posted backblasts end to end in ${seconds.toFixed(2)} s: ${(EVENTS / seconds).toFixed(0)} per second`,
    );

    const submission = (i: number) => () => {
      const values = {
        title: { title: { type: 'plain_text_input', value: `Form ${i}` } },
        ao: { ao: { type: 'conversations_select', selected_conversation: 'C0FORM' } },
        date: { date: { type: 'datepicker', selected_date: today } },
        q: { q: { type: 'users_select', selected_user: users[i % users.length]!.id } },
        pax: { pax: { type: 'multi_users_select', selected_users: [users[(i + 1) % users.length]!.id] } },
      };
      const payload = {
        type: 'view_submission',
        user: { id: users[i % users.length]!.id },
        team: { id: 'T0' },
        view: { callback_id: 'backblast_form', private_metadata: '{"mode":"new"}', state: { values } },
      };
      return postSigned(url, { body: interactionBody(payload), contentType: 'application/x-www-form-urlencoded' });
    };
    figures(
      'form submission ack (with the duplicate check)',
      await timedAll(Array.from({ length: 200 }, (_, i) => submission(i))),
    );

    // Another connection holds the write lock for 2 s while events keep coming.
    const other = new SQLite(path);
    other.exec('BEGIN IMMEDIATE');
    other.prepare("insert into job_locks (name, holder, expires_at) values ('bench', 'bench', 0)").run();
    const released = new Promise<number>((resolve) =>
      setTimeout(() => {
        other.exec('ROLLBACK');
        other.close();
        resolve(performance.now());
      }, 2000),
    );
    const locked = await timedAll(Array.from({ length: 200 }, (_, i) => event(EVENTS + i)));
    figures('event ack while another connection holds the write lock', locked);
    const releasedAt = await released;
    while ((await count(ctx.db)) < EVENTS + 200 + 200) await new Promise((r) => setTimeout(r, 10));
    console.log(`all writes done ${((performance.now() - releasedAt) / 1000).toFixed(2)} s after the lock was released`);
  } finally {
    await app.stop();
    await api.close();
    await ctx.close();
    rmSync(dir, { recursive: true, force: true });
  }
  await runBursts();
}
