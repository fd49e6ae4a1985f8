// How fast each region insight answers on a five-year, forty-AO region (about 45,000 beatdowns and
// 285,000 attendance rows, seeded random with a realistic shape), on SQLite and on MariaDB; every
// figure is the median of several runs, and the slowest one is named. Also times the CSV export.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebClient } from '@slack/web-api';
import { exportView } from '../src/cli/export.js';
import { loadSettings } from '../src/config.js';
import type { Database } from '../src/db/types.js';
import { createLogger } from '../src/log.js';
import { openRegion, type RegionContext } from '../src/region.js';
import { subcommands } from '../src/slack/paxminer/index.js';
import { aosInsight } from '../src/stats/insights/aos.js';
import { todayIn } from '../src/stats/period.js';
import { daysInsight } from '../src/stats/insights/days.js';
import { kotterInsight } from '../src/stats/insights/kotters.js';
import { paxInsight } from '../src/stats/insights/pax.js';
import { qInsight } from '../src/stats/insights/q.js';
import { addDays } from '../src/time.js';
import type { Insertable, Kysely } from 'kysely';
import { insertChunked, onEachDatabase, random } from './seed.js';

const TZ = 'America/Chicago';
const YEARS = 5;
// `npm run bench -- insights --scale 3`: the same region N times over (N × the AOs and PAX).
const SCALE = scaleArg();
const AOS = 40 * SCALE;
const PAX = 600 * SCALE;
const RUNS = 5;

function scaleArg(): number {
  const args = process.argv;
  const at = args.findIndex((a) => a === '--scale' || a.startsWith('--scale='));
  if (at < 0) return 1;
  const text = args[at]!.includes('=') ? args[at]!.split('=')[1] : args[at + 1];
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--scale: expected a whole number from 1, got '${text}'`);
  return value;
}

interface Man {
  id: string;
  aos: number[];
  /** Chance of posting at one of his AOs' beatdowns. */
  rate: number;
  from: string;
  to: string;
}

interface Region {
  users: Insertable<Database['users']>[];
  aos: Insertable<Database['aos']>[];
  beatdowns: Insertable<Database['beatdowns']>[];
  attendance: Insertable<Database['bd_attendance']>[];
  busiestPax: string;
  busiestQ: string;
  biggestAo: string;
}

/** Five years of a forty-AO region ending today: AOs open over time, men come, go and post at their AOs. */
export function generate(today: string): Region {
  const rnd = random(20261124);
  const start = addDays(today, -365 * YEARS);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const aos = Array.from({ length: AOS }, (_, i) => ({
    id: `C0AO${String(i).padStart(3, '0')}`,
    opened: i < 28 * SCALE ? start : addDays(start, Math.floor(rnd() * 365 * 4)),
    days: new Set([0, 1, 2, 3, 4, 5, 6].sort(() => rnd() - 0.5).slice(0, pick([4, 5, 5, 5, 6]))),
  }));
  const men: Man[] = Array.from({ length: PAX }, (_, i) => {
    const home = Math.floor(rnd() ** 1.5 * AOS);
    const joined = rnd() < 0.4 ? start : addDays(start, Math.floor(rnd() * 365 * YEARS));
    const left = rnd() < 0.35 ? addDays(joined, Math.floor(60 + rnd() * 900)) : today;
    return {
      id: `U0PAX${String(i).padStart(4, '0')}`,
      aos: [home, ...Array.from({ length: Math.floor(rnd() * 3) }, () => Math.floor(rnd() * AOS))],
      rate: Math.min(0.95, 0.12 + rnd() ** 1.2 * 1.6),
      from: joined,
      to: left < today ? left : today,
    };
  });
  const pools = aos.map((_, a) => men.filter((m) => m.aos.includes(a)));
  const beatdowns: Region['beatdowns'] = [];
  const attendance: Region['attendance'] = [];
  const posts = new Map<string, number>();
  const qs = new Map<string, number>();
  const heads = new Map<string, number>();
  let n = 0;
  for (let date = start; date <= today; date = addDays(date, 1)) {
    const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
    const season = [0.75, 0.8, 0.95, 1.05, 1.1, 1.05, 1, 1, 1.1, 1.05, 0.95, 0.8][Number(date.slice(5, 7)) - 1]!;
    for (let a = 0; a < AOS; a++) {
      const ao = aos[a]!;
      if (date < ao.opened || !ao.days.has(weekday)) continue;
      const here = pools[a]!.filter((m) => m.from <= date && date <= m.to && rnd() < (m.rate * season) / (m.aos.length * 0.9));
      if (here.length === 0) continue;
      const q = here[Math.floor(rnd() * here.length)]!.id;
      const coq = here.length > 4 && rnd() < 0.1 ? here.find((m) => m.id !== q)!.id : null;
      const fngs = rnd() < 0.15 ? 1 + Math.floor(rnd() * 2) : 0;
      const ts = `${Date.parse(`${date}T11:00:00Z`) / 1000 + (n++ % 3600)}.${String(n).padStart(6, '0')}`;
      beatdowns.push({
        timestamp: ts,
        ts_edited: null,
        ao_id: ao.id,
        bd_date: date,
        q_user_id: q,
        coq_user_id: coq,
        pax_count: here.length + fngs,
        backblast: `Backblast ${n}`,
        backblast_parsed: `Backblast ${n}`,
        fngs: fngs > 0 ? String(fngs) : 'None',
        fng_count: fngs,
        json: JSON.stringify({ coq_user_ids: coq ? [coq] : [] }),
      });
      for (const m of here) {
        attendance.push({ timestamp: ts, ts_edited: null, user_id: m.id, ao_id: ao.id, date, q_user_id: q, json: null });
        posts.set(m.id, (posts.get(m.id) ?? 0) + 1);
      }
      qs.set(q, (qs.get(q) ?? 0) + 1);
      heads.set(ao.id, (heads.get(ao.id) ?? 0) + here.length);
    }
  }
  const top = (m: Map<string, number>) => [...m].sort((x, y) => y[1] - x[1])[0]![0];
  return {
    users: men.map((m, i) => ({ user_id: m.id, user_name: `Pax ${i}`, real_name: `Pax Number ${i}`, app: 0, json: null })),
    aos: aos.map((a, i) => ({ channel_id: a.id, ao: `ao-site-${i}`, channel_created: 0, archived: 0, backblast: 1 })),
    beatdowns,
    attendance,
    busiestPax: top(posts),
    busiestQ: top(qs),
    biggestAo: top(heads),
  };
}

export async function load(db: Kysely<Database>, region: Region): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await insertChunked(trx, 'users', region.users, region.users.length);
    await insertChunked(trx, 'aos', region.aos, region.aos.length);
    await insertChunked(trx, 'beatdowns', region.beatdowns, 500);
    await insertChunked(trx, 'bd_attendance', region.attendance, 1000);
  });
}

async function median(work: () => Promise<unknown>): Promise<{ median: number; max: number }> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await work();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(RUNS / 2)]!, max: times[RUNS - 1]! };
}

async function measure(label: string, ctx: RegionContext, region: Region, today: string): Promise<void> {
  const db = ctx.db;
  const client = new WebClient('xoxb-bench', { slackApiUrl: 'http://127.0.0.1:9/api/' });
  const slack = (name: string, args: string[]) => () =>
    subcommands
      .find((s) => s.name === name)!
      .run({
        ctx,
        client,
        userId: region.busiestPax,
        channelId: region.biggestAo,
        args,
        isAdmin: true,
        now: new Date(`${today}T12:00:00Z`),
        today,
      });
  const questions: Array<[string, () => Promise<unknown>]> = [
    ['pax (year)', () => paxInsight(db, { userId: region.busiestPax, period: 'year', asOf: today })],
    ['days (region)', () => daysInsight(db, { asOf: today })],
    ['days (one AO)', () => daysInsight(db, { asOf: today, aoId: region.biggestAo })],
    ['q (busiest Q)', () => qInsight(db, { userId: region.busiestQ, asOf: today })],
    ['kotter (4 weeks)', () => kotterInsight(db, { asOf: today })],
    ['kotter (12 weeks)', () => kotterInsight(db, { asOf: today, weeks: 12 })],
    ['aos', () => aosInsight(db, { asOf: today })],
    ['/paxminer pax, blocks', slack('pax', ['year'])],
    ['/paxminer days, blocks + chart', slack('days', [])],
    ['/paxminer q, blocks', slack('q', [region.busiestQ])],
    ['/paxminer kotter, blocks', slack('kotter', [])],
    ['/paxminer aos, blocks + chart', slack('aos', [])],
  ];
  let slowest = { name: '', ms: 0 };
  for (const [name, work] of questions) {
    const t = await median(work);
    console.log(
      `${label.padEnd(8)} ${name.padEnd(32)} median ${t.median.toFixed(1).padStart(7)} ms   max ${t.max.toFixed(1).padStart(7)} ms`,
    );
    if (t.median > slowest.ms) slowest = { name, ms: t.median };
  }
  console.log(`${label.padEnd(8)} slowest: ${slowest.name}, ${slowest.ms.toFixed(1)} ms at the median (Slack allows 3000 ms)`);
  const dir = mkdtempSync(join(tmpdir(), 'paxminer-bench-export-'));
  try {
    const heap = process.memoryUsage().heapUsed;
    let peak = heap;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
    const t0 = performance.now();
    const rows = await exportView(db, 'attendance_view', join(dir, 'attendance_view.csv'));
    clearInterval(sampler);
    console.log(
      `${label.padEnd(8)} export attendance_view: ${rows} rows in ${(performance.now() - t0).toFixed(0)} ms, heap grew at most ${((peak - heap) / 1e6).toFixed(1)} MB`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function onDatabase(label: string, url: string, region: Region, today: string): Promise<void> {
  const settings = loadSettings({ DATABASE_URL: url, REGION_TZ: TZ });
  const ctx = await openRegion(settings, createLogger('silent', { pretty: false }));
  try {
    const t0 = performance.now();
    await load(ctx.db, region);
    console.log(`${label.padEnd(8)} loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    await measure(label, ctx, region, today);
  } finally {
    await ctx.close();
  }
}

export async function run(): Promise<void> {
  const today = todayIn(TZ, new Date());
  const region = generate(today);
  console.log(
    `region: ${YEARS} years to ${today}, ${AOS} AOs, ${region.users.length} PAX, ${region.beatdowns.length} beatdowns, ${region.attendance.length} attendance rows`,
  );

  await onEachDatabase('insights', (dialect, url) => onDatabase(dialect === 'mysql' ? 'mariadb' : 'sqlite', url, region, today));
}
