// `/mystats` at 1,000,000 attendance rows, on SQLite and on MariaDB: a region of 30 AOs and 4,000 PAX
// over eight years (some men post at one AO a few times, some at several AOs most weeks), loaded with
// bulk inserts, then the figures of 200 PAX (the heaviest posters among them) timed one by one.
// Target: under 50 ms at the median. Also times a PAX's chart (query, configuration and local PNG).
import { sql } from '../src/db/kysely.js';
import type { Insertable } from 'kysely';
import { paxBundle } from '../src/charts/month.js';
import { renderLocally } from '../src/charts/render.js';
import { loadSettings } from '../src/config.js';
import type { Database } from '../src/db/types.js';
import { createLogger } from '../src/log.js';
import { openRegion, type RegionContext } from '../src/region.js';
import { paxFigures } from '../src/stats/pax.js';
import { addDays } from '../src/time.js';
import { insertChunked, onEachDatabase, random } from './seed.js';

const ROWS = 1_000_000;
const AOS = 30;
const PAX = 4_000;
const START = '2019-01-07';
const TODAY = '2026-11-24';
const SAMPLE = 200;
/** Each AO meets five days a week (the days differ by AO). */
const DAYS_A_WEEK = 5;

const userId = (i: number) => `U0B${String(i).padStart(5, '0')}`;
const aoId = (i: number) => `C0B${String(i).padStart(3, '0')}`;

type Attendance = Insertable<Database['bd_attendance']>;
type Beatdown = Insertable<Database['beatdowns']>;

/** Beatdowns day by day until the attendance reaches ROWS, handed over in batches. */
async function* region(): AsyncGenerator<{ beatdowns: Beatdown[]; attendance: Attendance[] }> {
  const rnd = random(1_000_000);
  // Each man has a home AO, maybe a few more, and a keenness: a few post most days, most now and then.
  const keenness = Array.from({ length: PAX }, () => rnd() ** 3);
  const pools: number[][] = Array.from({ length: AOS }, () => []);
  for (let m = 0; m < PAX; m++) {
    pools[m % AOS]!.push(m);
    for (let k = Math.floor(rnd() * 3); k > 0; k--) pools[Math.floor(rnd() * AOS)]!.push(m);
  }
  const cumulative = pools.map((pool) => {
    let sum = 0;
    return pool.map((m) => (sum += keenness[m]!));
  });
  const pick = (a: number): number => {
    const cum = cumulative[a]!;
    const x = rnd() * cum[cum.length - 1]!;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return pools[a]![lo]!;
  };
  let rows = 0;
  let n = 0;
  let batch = { beatdowns: [] as Beatdown[], attendance: [] as Attendance[] };
  for (let date = START; rows < ROWS; date = addDays(date, 1)) {
    const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
    for (let a = 0; a < AOS && rows < ROWS; a++) {
      if ((weekday + a) % 7 >= DAYS_A_WEEK) continue;
      const size = Math.min(10 + Math.floor(rnd() * 14), ROWS - rows);
      const here = new Set<number>();
      while (here.size < size) here.add(pick(a));
      const men = [...here];
      const q = userId(men[0]!);
      const coq = men.length > 5 && rnd() < 0.1 ? userId(men[1]!) : null;
      const fngs = rnd() < 0.15 ? 1 : 0;
      const ts = `${Date.parse(`${date}T11:00:00Z`) / 1000 + a}.${String(++n).padStart(6, '0')}`;
      batch.beatdowns.push({
        timestamp: ts,
        ts_edited: null,
        ao_id: aoId(a),
        bd_date: date,
        q_user_id: q,
        coq_user_id: coq,
        pax_count: men.length + fngs,
        backblast: `Backblast ${n}`,
        backblast_parsed: `Backblast ${n}`,
        fngs: fngs ? 'Newbie' : 'None',
        fng_count: fngs,
        json: JSON.stringify({ coq_user_ids: coq ? [coq] : [] }),
      });
      for (const m of men) {
        batch.attendance.push({
          timestamp: ts,
          ts_edited: null,
          user_id: userId(m),
          ao_id: aoId(a),
          date,
          q_user_id: q,
          json: null,
        });
      }
      rows += men.length;
      if (batch.attendance.length >= 50_000) {
        yield batch;
        batch = { beatdowns: [], attendance: [] };
      }
    }
  }
  if (batch.attendance.length > 0) yield batch;
}

async function load(ctx: RegionContext): Promise<{ rows: number; beatdowns: number; seconds: number }> {
  const started = performance.now();
  const size = ctx.dialect === 'mysql' ? 2000 : 1000;
  await insertChunked(
    ctx.db,
    'users',
    Array.from({ length: PAX }, (_, i) => ({ user_id: userId(i), user_name: `Pax ${i}`, real_name: `Pax ${i}`, app: 0 })),
    size,
  );
  await insertChunked(
    ctx.db,
    'aos',
    Array.from({ length: AOS }, (_, i) => ({
      channel_id: aoId(i),
      ao: `ao-bench-${i}`,
      channel_created: 0,
      archived: 0,
      backblast: 1,
    })),
    size,
  );
  let rows = 0;
  let beatdowns = 0;
  for await (const batch of region()) {
    await ctx.db.transaction().execute(async (trx) => {
      await insertChunked(trx, 'beatdowns', batch.beatdowns, Math.floor(size / 2));
      await insertChunked(trx, 'bd_attendance', batch.attendance, size);
    });
    rows += batch.attendance.length;
    beatdowns += batch.beatdowns.length;
  }
  await (ctx.dialect === 'mysql' ? sql`analyze table bd_attendance, beatdowns` : sql`analyze`).execute(ctx.db);
  return { rows, beatdowns, seconds: (performance.now() - started) / 1000 };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function measure(ctx: RegionContext): Promise<void> {
  const heaviest = await ctx.db
    .selectFrom('bd_attendance')
    .select((eb) => ['user_id', eb.fn.countAll().as('posts')])
    .groupBy('user_id')
    .orderBy('posts', 'desc')
    .limit(20)
    .execute();
  const rnd = random(7);
  const sample = [
    ...heaviest.map((h) => h.user_id),
    ...Array.from({ length: SAMPLE - heaviest.length }, () => userId(Math.floor(rnd() * PAX))),
  ];
  for (const u of sample.slice(0, 20)) await paxFigures(ctx.db, u, { today: TODAY });

  const times: number[] = [];
  for (const u of sample) {
    const t = performance.now();
    await paxFigures(ctx.db, u, { today: TODAY });
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const top = heaviest[0]!;
  const topTimes: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    await paxFigures(ctx.db, top.user_id, { today: TODAY });
    topTimes.push(performance.now() - t);
  }
  topTimes.sort((a, b) => a - b);

  const chartTimes: number[] = [];
  for (const u of sample.slice(0, 20)) {
    const t = performance.now();
    const bundle = await paxBundle(ctx.db, u, TODAY.slice(0, 7));
    for (const spec of bundle.specs) renderLocally(spec);
    chartTimes.push(performance.now() - t);
  }
  chartTimes.sort((a, b) => a - b);

  const ms = (v: number) => `${v.toFixed(1)} ms`;
  console.log(
    `  /mystats figures, ${sample.length} PAX: median ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, max ${ms(times.at(-1)!)}` +
      ` ${percentile(times, 50) < 50 ? '(target < 50 ms: met)' : '(target < 50 ms: MISSED)'}`,
  );
  console.log(
    `  heaviest poster (${Number(top.posts)} posts): median ${ms(percentile(topTimes, 50))}, p95 ${ms(percentile(topTimes, 95))}`,
  );
  console.log(
    `  his chart (query, configuration, local PNG), 20 PAX: median ${ms(percentile(chartTimes, 50))}, p95 ${ms(percentile(chartTimes, 95))}`,
  );
}

async function runOn(label: string, url: string): Promise<void> {
  const ctx = await openRegion(
    loadSettings({ DATABASE_URL: url, REGION_TZ: 'America/Chicago' }),
    createLogger('silent', { pretty: false }),
  );
  try {
    const loaded = await load(ctx);
    console.log(
      `${label}: ${loaded.rows.toLocaleString('en-US')} attendance rows, ${loaded.beatdowns.toLocaleString('en-US')} beatdowns, loaded in ${loaded.seconds.toFixed(1)} s`,
    );
    await measure(ctx);
  } finally {
    await ctx.close();
  }
}

export async function run(): Promise<void> {
  await onEachDatabase('stats', (dialect, url) => runOn(dialect === 'mysql' ? 'MariaDB' : 'SQLite', url));
}
