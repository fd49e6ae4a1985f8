import {
  aoNames,
  paxCoqCandidates,
  paxPostDates,
  paxPostsByAo,
  paxPostsByAoMonth,
  paxQCounts,
  userName,
} from '../db/queries/stats.js';
import type { Db } from '../db/types.js';
import { monthRange } from '../time.js';
import { coqsOf } from '../db/rows.js';
import { monthsToDate, yearRange, yearToDate } from './period.js';
import { weeklyStreak } from './streak.js';

export interface AoPosts {
  aoId: string;
  ao: string;
  /** Posts there in the year of the figures. */
  yearPosts: number;
  allTimePosts: number;
  lastPost: string;
}

/** What `/mystats` shows: one PAX's figures as of a day. */
export interface PaxFigures {
  userId: string;
  name: string;
  /** The day the figures are for: today, or December 31st for a past year. */
  asOf: string;
  year: number;
  /** `YYYY-MM` of `asOf`. */
  month: string;
  posts: { month: number; year: number; allTime: number };
  qs: { year: number; allTime: number };
  coqs: { year: number; allTime: number };
  firstPost: string | null;
  lastPost: string | null;
  /** Weeks in a row with a post, up to `asOf` (see streak.ts). */
  streakWeeks: number;
  /** The AO he posted at most, all time (ties: the one he posted at last). */
  favouriteAo: { aoId: string; ao: string; posts: number } | null;
  /** AOs he posted at, most posts in the year first, then most all time. */
  aos: AoPosts[];
}

/**
 * A PAX's figures. `today` comes from the caller's clock, in the region's time zone; `year` defaults to
 * today's, and for a past year the month and streak are those of its last day.
 */
export async function paxFigures(db: Db, userId: string, options: { today: string; year?: number }): Promise<PaxFigures> {
  const thisYear = Number(options.today.slice(0, 4));
  const year = options.year ?? thisYear;
  const asOf = year < thisYear ? `${year}-12-31` : options.today;
  const month = asOf.slice(0, 7);
  const yearDates = yearRange(year);

  const [byAo, dates, qs, coqCandidates, name] = await Promise.all([
    paxPostsByAo(db, userId, yearDates, monthRange(month)),
    paxPostDates(db, userId),
    paxQCounts(db, userId, yearDates),
    paxCoqCandidates(db, userId),
    userName(db, userId),
  ]);

  const coqDates = coqCandidates.filter((c) => coqsOf(c.coqUserId, c.json).includes(userId)).map((c) => c.date);
  const aos = byAo
    .map((a) => ({ aoId: a.aoId, ao: a.ao, yearPosts: a.yearPosts, allTimePosts: a.posts, lastPost: a.lastPost }))
    .sort((a, b) => b.yearPosts - a.yearPosts || b.allTimePosts - a.allTimePosts || a.ao.localeCompare(b.ao));
  const favourite = [...aos].sort(
    (a, b) => b.allTimePosts - a.allTimePosts || b.lastPost.localeCompare(a.lastPost) || a.ao.localeCompare(b.ao),
  )[0];

  return {
    userId,
    name: name ?? userId,
    asOf,
    year,
    month,
    posts: {
      month: byAo.reduce((n, a) => n + a.monthPosts, 0),
      year: byAo.reduce((n, a) => n + a.yearPosts, 0),
      allTime: byAo.reduce((n, a) => n + a.posts, 0),
    },
    qs: { year: qs.year, allTime: qs.all },
    coqs: {
      year: coqDates.filter((d) => d >= yearDates.from && d <= yearDates.to).length,
      allTime: coqDates.length,
    },
    firstPost: dates.length > 0 ? dates[dates.length - 1]! : null,
    lastPost: dates[0] ?? null,
    streakWeeks: weeklyStreak(dates, asOf),
    favouriteAo: favourite ? { aoId: favourite.aoId, ao: favourite.ao, posts: favourite.allTimePosts } : null,
    aos,
  };
}

/** One stacked series: an AO's count per month. */
export interface AoSeries {
  aoId: string;
  ao: string;
  values: number[];
}

/** A PAX's posts per AO for each month of the year up to `month`: his chart. */
export interface PaxYear {
  userId: string;
  name: string;
  month: string;
  months: string[];
  series: AoSeries[];
  total: number;
}

export async function paxYear(db: Db, userId: string, month: string): Promise<PaxYear> {
  const months = monthsToDate(month);
  const [rows, names, name] = await Promise.all([
    paxPostsByAoMonth(db, userId, yearToDate(month)),
    aoNames(db),
    userName(db, userId),
  ]);
  const byAo = new Map<string, number[]>();
  for (const r of rows) {
    const values = byAo.get(r.aoId) ?? months.map(() => 0);
    values[months.indexOf(r.month)] = r.posts;
    byAo.set(r.aoId, values);
  }
  const series = [...byAo]
    .map(([aoId, values]) => ({ aoId, ao: names.get(aoId) ?? aoId, values }))
    .sort((a, b) => sum(b.values) - sum(a.values) || a.ao.localeCompare(b.ao));
  return { userId, name: name ?? userId, month, months, series, total: rows.reduce((n, r) => n + r.posts, 0) };
}

function sum(values: number[]): number {
  return values.reduce((n, v) => n + v, 0);
}
