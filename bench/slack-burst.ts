// A burst of signed backblast events all at once, as Slack delivers them after an outage or from a
// busy region: every ack timed (Slack's limit is 3 s), then every row checked once the writes drain.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';
import { loadSettings } from '../src/config.js';
import type { DialectName } from '../src/db/dialect.js';
import { createLogger } from '../src/log.js';
import { openRegion } from '../src/region.js';
import { createSlackApp, startSlackApp } from '../src/slack/app.js';
import { dateInZone } from '../src/time.js';
import { freePort } from '../test/support/bot.js';
import { SIGNING_SECRET, eventBody, postSigned } from '../test/support/signing.js';
import { SlackApiDouble } from '../test/support/slack-api.js';

const TZ = 'America/Chicago';
const MYSQL = process.env.BENCH_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';

async function database(dialect: DialectName): Promise<{ url: string; drop(): Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'paxminer-burst-'));
    return { url: `sqlite:${join(dir, 'burst.sqlite')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
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

/** `n` events at once against a fresh bot on `dialect`; prints the ack figures and how long the writes took. */
export async function burst(dialect: DialectName, n: number): Promise<{ p95: number; max: number; written: boolean }> {
  const db = await database(dialect);
  const api = await SlackApiDouble.start();
  const users = Array.from({ length: 300 }, (_, i) => ({ id: `U${String(i).padStart(8, '0')}`, name: `pax${i}`, profile: { display_name: `Pax ${i}` } }));
  api.on('users.list', () => ({ ok: true, members: users, response_metadata: { next_cursor: '' } }));
  api.on('users.info', (p) => ({ ok: true, user: users.find((u) => u.id === p.user) ?? { id: p.user } }));
  api.on('conversations.info', (p) => ({ ok: true, channel: { id: p.channel, name: `ao-${String(p.channel).toLowerCase()}`, created: 1_600_000_000 } }));
  const port = await freePort();
  const settings = loadSettings({
    DATABASE_URL: db.url,
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
  try {
    const bodies = Array.from({ length: n }, (_, i) => {
      const q = users[i % users.length]!.id;
      const pax = Array.from({ length: 8 }, (_, k) => `<@${users[(i * 3 + k + 1) % users.length]!.id}>`).join(' ');
      const channel = `C${String(i % 40).padStart(8, '0')}`;
      const text = `Backblast! Burst ${i}\nDate: ${today}\nQ: <@${q}>\nPAX: ${pax}\nCount: 9\n\nWarm-up, thang, COT.`;
      const ts = `${now - 3600 + i}.${String(i).padStart(6, '0')}`;
      return eventBody({ type: 'message', channel, channel_type: 'channel', user: q, text, ts, event_ts: ts });
    });
    let failed = 0;
    const started = performance.now();
    const acks = await Promise.all(
      bodies.map(async (body) => {
        const t0 = performance.now();
        try {
          const res = await postSigned(url, { body, contentType: 'application/json' });
          await res.arrayBuffer();
          if (res.status !== 200) throw new Error(`status ${res.status}`);
        } catch {
          failed += 1;
          return Infinity;
        }
        return performance.now() - t0;
      }),
    );
    const count = async () =>
      Number((await ctx.db.selectFrom('beatdowns').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const deadline = Date.now() + (failed > 0 ? 20_000 : 300_000);
    while ((await count()) < n && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const rows = await count();
    const s = [...acks].sort((a, b) => a - b);
    const [p50, p95, max] = [pct(s, 50), pct(s, 95), s.at(-1)!];
    console.log(
      `burst of ${n} events on ${dialect}: ack p50 ${p50.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, max ${max.toFixed(0)} ms; ` +
        `${failed} requests failed; ${rows}/${n} rows written, all in ${((performance.now() - started) / 1000).toFixed(1)} s` +
        `${p95 < 1000 && max < 3000 && rows === n ? '' : '  <-- over target (p95 < 1 s, max < 3 s, every row)'}`,
    );
    return { p95, max, written: rows === n };
  } finally {
    await app.stop();
    await api.close();
    await ctx.close();
    await db.drop();
  }
}

export async function runBursts(): Promise<void> {
  for (const dialect of ['sqlite', 'mysql'] as const) for (const n of [200, 1000]) await burst(dialect, n);
}
