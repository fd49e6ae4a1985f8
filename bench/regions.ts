// Many-regions mode on MariaDB: N regions (default 200, REGIONS=n to change) installed in one
// control database, each in its own schema. Prints the time to route an event to its region's
// database (ack latency, cold and warm), the connections open to the server, the memory a cached
// region costs, and one nightly reconciliation across every region against the Web API double.
import { createConnection } from 'mysql2/promise';
import { loadSettings } from '../src/config.js';
import { createLogger } from '../src/log.js';
import { createRegionsApp } from '../src/regions/app.js';
import { runDueJobs } from '../src/regions/jobs.js';
import { RegionRegistry } from '../src/regions/registry.js';
import { SIGNING_SECRET, eventBody, postSigned } from '../test/support/signing.js';
import { SlackApiDouble } from '../test/support/slack-api.js';

const SERVER = process.env.BENCH_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';
const REGIONS = Number(process.env.REGIONS ?? 200);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
}

function figures(label: string, ms: number[]): void {
  const s = [...ms].sort((a, b) => a - b);
  console.log(`${label}: p50 ${percentile(s, 50).toFixed(1)} ms, p95 ${percentile(s, 95).toFixed(1)} ms, max ${s.at(-1)!.toFixed(1)} ms (n=${s.length})`);
}

async function threadsConnected(): Promise<number> {
  const c = await createConnection({ uri: SERVER });
  const [rows] = await c.query("show status like 'Threads_connected'");
  await c.end();
  return Number((rows as Array<{ Value: string }>)[0]!.Value) - 1;
}

function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

export async function run(): Promise<void> {
  const control = `paxminer_bench_${process.pid}`;
  const api = await SlackApiDouble.start();
  const teams = Array.from({ length: REGIONS }, (_, i) => {
    const n = String(i).padStart(3, '0');
    return {
      teamId: `T0B${n}`,
      teamName: `Bench ${n} ${process.pid}`,
      token: `xoxb-bench-${n}`,
      code: `code-${n}`,
      botUserId: `UBOT${n}`,
      botId: `BBOT${n}`,
      users: [{ id: `U0Q${n}`, name: `q${n}`, real_name: `Q ${n}`, profile: { display_name: `Q${n}` } }],
      channels: [{ id: `C0AO${n}`, name: `ao-${n}`, created: 1_600_000_000, is_channel: true, is_member: true }],
    };
  });
  for (const t of teams) api.addWorkspace(t);
  api.on('conversations.history', () => ({ ok: true, messages: [], has_more: false }));

  const admin = await createConnection({ uri: SERVER });
  await admin.query(`create database \`${control}\``);
  const baseline = await threadsConnected();
  const settings = loadSettings({
    DATABASE_URL: `${SERVER}/${control}`,
    SLACK_CLIENT_ID: '1.2',
    SLACK_CLIENT_SECRET: 'cs',
    SLACK_STATE_SECRET: 'ss',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: api.url,
    PORT: String(40000 + (process.pid % 20000)),
    JOBS: 'off',
  });
  const log = createLogger('silent', { pretty: false });
  const registry = await RegionRegistry.open(settings, log, { cacheSize: REGIONS });
  const app = createRegionsApp(registry, settings, log);
  try {
    let started = performance.now();
    for (const t of teams) await registry.install({ teamId: t.teamId, teamName: t.teamName, botToken: t.token, botUserId: t.botUserId, botId: t.botId });
    console.log(`installed ${REGIONS} regions (schema created and migrated each) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    await app.start();
    const url = `http://127.0.0.1:${settings.port}/slack/events`;
    const post = (t: (typeof teams)[number], i: number) =>
      postSigned(url, {
        body: eventBody({ type: 'message', channel: t.channels[0]!.id, user: t.users[0]!.id, text: `just chatting ${i}`, ts: `1800000000.${String(i).padStart(6, '0')}` }, undefined, t.teamId),
        contentType: 'application/json',
      });
    const timed = async (i: number) => {
      const t = teams[i % REGIONS]!;
      const s = performance.now();
      const res = await post(t, i);
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`status ${res.status}`);
      return performance.now() - s;
    };

    const heapBefore = heapMb();
    const cold: number[] = [];
    for (let i = 0; i < REGIONS; i++) cold.push(await timed(i));
    const heapAfter = heapMb();
    figures(`route an event, first for its region (Bolt app built, ${registry.cachedRegions} cached)`, cold);
    const warm: number[] = [];
    // 3 events per region, in random region order, 8 in flight (as Slack's retries allow).
    const order = Array.from({ length: REGIONS * 3 }, (_, i) => REGIONS + i).sort(() => Math.random() - 0.5);
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < order.length) warm.push(await timed(order[next++]!));
      }),
    );
    figures('route an event, region cached (8 in flight)', warm);
    console.log(`memory per cached region: ${(((heapAfter - heapBefore) * 1024) / REGIONS).toFixed(0)} KB heap (${heapBefore.toFixed(0)} → ${heapAfter.toFixed(0)} MB${(globalThis as { gc?: unknown }).gc ? '' : ', without --expose-gc'})`);
    console.log(`connections open to MariaDB: ${(await threadsConnected()) - baseline} (pool: ${registry.databases.openConnections()}), for ${REGIONS} regions`);

    started = performance.now();
    const outcomes = await runDueJobs(registry, log, { now: () => new Date('2026-12-10T16:00:00Z'), only: 'reconcile', concurrency: 8 });
    const secs = (performance.now() - started) / 1000;
    console.log(`nightly reconciliation over ${outcomes.length} regions: ${secs.toFixed(1)} s, ${outcomes.filter((o) => o.ok).length} ok, ${api.callsTo('conversations.history').length} history reads`);
    console.log(`connections open to MariaDB after the nightly run: ${(await threadsConnected()) - baseline}`);
  } finally {
    const rows = await registry.list();
    await app.stop();
    await registry.close();
    await api.close();
    for (const r of rows) await admin.query(`drop database if exists \`${r.schema_name}\``);
    await admin.query(`drop database if exists \`${control}\``);
    await admin.end();
  }
}
