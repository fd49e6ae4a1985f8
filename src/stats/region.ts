import {
  aoNames,
  attendanceTotals,
  beatdownsByAoMonth,
  leaderboard,
  uniquePaxByAoMonth,
  type DateRange,
} from '../db/queries/stats.js';
import type { Db } from '../db/types.js';
import { monthRange } from '../time.js';
import { monthsToDate, yearToDate } from './period.js';
import type { AoSeries } from './pax.js';

export const LEADERBOARD_SIZE = 20;

export interface Leader {
  userId: string;
  name: string;
  posts: number;
  /** Distinct AOs he posted at. */
  aos: number;
}

export interface Leaderboards {
  /** Most posts first (ties: more AOs). */
  byPosts: Leader[];
  /** Most distinct AOs first (ties: more posts). */
  byAos: Leader[];
}

/** The region's month, and its year to date. */
export interface RegionMonth {
  month: string;
  /** The months of the year up to `month`, the x axis of the by-month series. */
  months: string[];
  beatdowns: number;
  posts: number;
  uniquePax: number;
  fngs: number;
  /** AOs with a beatdown in the month. */
  activeAos: number;
  leaders: { month: Leaderboards; yearToDate: Leaderboards };
  /** Distinct PAX per AO and month, year to date. */
  uniquePaxByAo: AoSeries[];
  /** FNGs per AO and month, year to date. */
  fngsByAo: AoSeries[];
}

/** Both leaderboards (top 20) for a range. */
export async function leaderboards(db: Db, range: DateRange, limit = LEADERBOARD_SIZE): Promise<Leaderboards> {
  const [byPosts, byAos] = await Promise.all([
    leaderboard(db, range, { by: 'posts', limit }),
    leaderboard(db, range, { by: 'aos', limit }),
  ]);
  return { byPosts, byAos };
}

export async function regionMonth(db: Db, month: string): Promise<RegionMonth> {
  const range = monthRange(month);
  const ytd = yearToDate(month);
  const months = monthsToDate(month);
  const [totals, monthLeaders, ytdLeaders, unique, beatdowns, names] = await Promise.all([
    attendanceTotals(db, range),
    leaderboards(db, range),
    leaderboards(db, ytd),
    uniquePaxByAoMonth(db, ytd),
    beatdownsByAoMonth(db, ytd),
    aoNames(db),
  ]);
  const thisMonth = beatdowns.filter((b) => b.month === month);
  return {
    month,
    months,
    beatdowns: thisMonth.reduce((n, b) => n + b.beatdowns, 0),
    posts: totals.posts,
    uniquePax: totals.pax,
    fngs: thisMonth.reduce((n, b) => n + b.fngs, 0),
    activeAos: thisMonth.length,
    leaders: { month: monthLeaders, yearToDate: ytdLeaders },
    uniquePaxByAo: seriesByAo(
      unique.map((u) => ({ aoId: u.aoId, month: u.month, value: u.pax })),
      months,
      names,
    ),
    fngsByAo: seriesByAo(
      beatdowns.map((b) => ({ aoId: b.aoId, month: b.month, value: b.fngs })),
      months,
      names,
    ).filter((s) => s.values.some((v) => v > 0)),
  };
}

/** One series per AO over `months`, biggest total first. */
function seriesByAo(
  rows: { aoId: string; month: string; value: number }[],
  months: string[],
  names: Map<string, string>,
): AoSeries[] {
  const byAo = new Map<string, number[]>();
  for (const r of rows) {
    const i = months.indexOf(r.month);
    if (i < 0) continue;
    const values = byAo.get(r.aoId) ?? months.map(() => 0);
    values[i] = r.value;
    byAo.set(r.aoId, values);
  }
  const total = (v: number[]) => v.reduce((n, x) => n + x, 0);
  return [...byAo]
    .map(([aoId, values]) => ({ aoId, ao: names.get(aoId) ?? aoId, values }))
    .sort((a, b) => total(b.values) - total(a.values) || a.ao.localeCompare(b.ao));
}
