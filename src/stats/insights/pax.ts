import { postCounts, postsByAo } from '../../db/queries/insights.js';
import type { Db } from '../../db/types.js';
import { periodRange, type DateRange, type Period } from './calendar.js';
import { ledBeatdowns } from './led.js';
import { loadNames, type Named } from './names.js';

// "How many times has a PAX posted this week, this month, this year? Where does he post most?"
//
// A post is one bd_attendance row: he was at a beatdown, as a PAX, Q or Co-Q. Two beatdowns on one
// day are two posts. This week is the ISO week (Monday to Sunday) up to the as-of day; this month
// and this year run from their first day to the as-of day. Where he posts most is the AO holding
// most of his posts in the asked period (ties go to the AO he posted at last, then by name).

export interface AoPosts {
  ao: Named;
  posts: number;
  lastPost: string;
}

export interface PaxInsight {
  pax: Named;
  asOf: string;
  period: Period;
  range: DateRange;
  posts: { week: number; month: number; year: number; allTime: number };
  /** Beatdowns he led in the period, as Q and as Co-Q. */
  qs: number;
  coqs: number;
  /** His posts in the period per AO, most first. */
  aos: AoPosts[];
  /** Where he posts most in the period; null when he has not posted in it. */
  mostAt: AoPosts | null;
}

/** Orders a man's AOs: most posts first, then the one posted at last, then by name. */
export function rankAos(rows: AoPosts[]): AoPosts[] {
  return [...rows].sort(
    (a, b) => b.posts - a.posts || b.lastPost.localeCompare(a.lastPost) || a.ao.name.localeCompare(b.ao.name),
  );
}

export async function paxInsight(db: Db, params: { userId: string; period: Period; asOf: string }): Promise<PaxInsight> {
  const { userId, period, asOf } = params;
  const range = periodRange(period, asOf);
  const ranges = [periodRange('week', asOf), periodRange('month', asOf), periodRange('year', asOf)];
  const [counts, byAo, led] = await Promise.all([
    postCounts(db, userId, ranges, asOf),
    postsByAo(db, userId, range),
    ledBeatdowns(db, userId, range),
  ]);
  const names = await loadNames(db, { users: [userId] });
  const aos = rankAos(byAo.map((r) => ({ ao: names.ao(r.aoId), posts: r.posts, lastPost: r.lastPost })));
  const [week, month, year] = counts.inRange as [number, number, number];
  return {
    pax: names.user(userId),
    asOf,
    period,
    range,
    posts: { week, month, year, allTime: counts.all },
    qs: led.filter((b) => b.role === 'Q').length,
    coqs: led.filter((b) => b.role === 'Co-Q').length,
    aos,
    mostAt: aos[0] ?? null,
  };
}
