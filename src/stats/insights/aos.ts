import { beatdownsInRange, type AoBeatdown } from '../../db/queries/insights.js';
import type { Db } from '../../db/types.js';
import { addMonths } from '../../time.js';
import { fullMonthsBefore, monthsRange } from './calendar.js';
import { loadNames, type Named } from './names.js';
import { mean, percentChange, percentile, round } from './numbers.js';

// "Is it time to open a new AO? Which AOs run full, and how does attendance trend month to month?"
//
// Counted over full calendar months (months that have ended before the as-of day's month). A
// beatdown's headcount is its recorded pax count, FNGs included, or its attendance rows when no
// count was recorded; an average is total headcount over beatdowns.
// - Monthly: the last 12 full months, per AO and for the region.
// - Recent: the last 3 full months together.
// - Trend: the recent average against the same 3 months a year earlier (which cancels the seasons:
//   winter against winter); "up" at +10% or more, "down" at -10% or less, else "flat"; null when
//   the AO has no beatdowns in either stretch.
// - Big day: the 90th percentile (nearest rank) of the AO's headcounts over the 12 months, what it
//   holds on a good day without one-off convergences; peak is the largest.
// - Fullness: the recent average over the big day; 0.8 or more means its usual day is close to its
//   good days, little headroom left. Judged only with 8 or more beatdowns in the 12 months and some
//   in the last 3.
// - Runs full: fullness of 0.8 or more, and a recent average among the region's largest: at or above
//   the upper quartile of the AOs' recent averages (a small AO that is merely steady is not full).
// - Time for a new AO: the AOs that run full and are trending up.

export const AO_TREND = {
  months: 12,
  recentMonths: 3,
  trendPercent: 10,
  fullShare: 0.8,
  largeQuantile: 0.75,
  bigDayPercentile: 90,
  minBeatdowns: 8,
} as const;

export interface MonthFigures {
  month: string;
  beatdowns: number;
  attendance: number;
  average: number | null;
}

export interface Trend {
  recent: { months: string[]; beatdowns: number; average: number | null };
  yearBefore: { months: string[]; beatdowns: number; average: number | null };
  change: number | null;
  percent: number | null;
  direction: 'up' | 'down' | 'flat' | null;
}

export interface AoTrend {
  ao: Named;
  monthly: MonthFigures[];
  trend: Trend;
  bigDay: number | null;
  peak: number | null;
  fullness: number | null;
  runsFull: boolean;
}

/** The q-quantile (0 to 1) of some values, interpolating between neighbours; null when there are none. */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const at = q * (sorted.length - 1);
  const low = Math.floor(at);
  return sorted[low]! + (at - low) * ((sorted[low + 1] ?? sorted[low]!) - sorted[low]!);
}

export interface AosInsight {
  asOf: string;
  months: string[];
  region: { monthly: MonthFigures[]; trend: Trend };
  /** Every AO with beatdowns in the 12 months, highest recent average first. */
  aos: AoTrend[];
  /** The AOs that run full and trend up: where a new AO nearby would help. */
  newAoCandidates: Named[];
}

/**
 * Beatdowns and summed headcount in each of the fetched months (same order) and, for an AO, each
 * headcount of the 12 months: all its figures (the region's too) are read from these.
 */
export interface Tally {
  beatdowns: number[];
  heads: number[];
  inYear: number[];
}

const emptyTally = (months: number): Tally => ({ beatdowns: Array(months).fill(0), heads: Array(months).fill(0), inYear: [] });

/**
 * The region's tally and each AO's, in one pass over the beatdowns (tens of thousands in a large
 * region: no copies, no per-AO lists). `fetched` are the months read, ending with the 12 months.
 */
function tallies(beatdowns: readonly AoBeatdown[], fetched: readonly string[], months: readonly string[]) {
  const at = new Map(fetched.map((m, i) => [m, i]));
  const firstOfYear = fetched.indexOf(months[0]!);
  const region = emptyTally(fetched.length);
  const byAo = new Map<string, Tally>();
  for (const b of beatdowns) {
    const i = at.get(b.month);
    if (i === undefined) continue;
    const heads = Number(b.heads);
    let t = byAo.get(b.aoId);
    if (!t) byAo.set(b.aoId, (t = emptyTally(fetched.length)));
    t.beatdowns[i]! += 1;
    t.heads[i]! += heads;
    if (i >= firstOfYear) t.inYear.push(heads);
    region.beatdowns[i]! += 1;
    region.heads[i]! += heads;
  }
  return { region, byAo };
}

/** Beatdowns and headcount over some of the fetched months. */
function stretch(t: Tally, fetched: readonly string[], months: string[]) {
  let beatdowns = 0;
  let heads = 0;
  for (const m of months) {
    const i = fetched.indexOf(m);
    if (i < 0) continue;
    beatdowns += t.beatdowns[i]!;
    heads += t.heads[i]!;
  }
  return { months, beatdowns, heads, exact: beatdowns > 0 ? heads / beatdowns : null };
}

function monthly(t: Tally, fetched: readonly string[], months: readonly string[]): MonthFigures[] {
  return months.map((month) => {
    const s = stretch(t, fetched, [month]);
    return { month, beatdowns: s.beatdowns, attendance: s.heads, average: mean(s.heads, s.beatdowns) };
  });
}

/** Recent 3 full months against the same months a year before. */
export function trendOf(t: Tally, fetched: readonly string[], recentMonths: string[]): Trend {
  const recent = stretch(t, fetched, recentMonths);
  const before = stretch(
    t,
    fetched,
    recentMonths.map((m) => addMonths(m, -12)),
  );
  const percent = percentChange(recent.exact, before.exact);
  const limit = AO_TREND.trendPercent;
  return {
    recent: { months: recent.months, beatdowns: recent.beatdowns, average: mean(recent.heads, recent.beatdowns) },
    yearBefore: { months: before.months, beatdowns: before.beatdowns, average: mean(before.heads, before.beatdowns) },
    change: recent.exact === null || before.exact === null ? null : round(recent.exact - before.exact),
    percent,
    direction: percent === null ? null : percent >= limit ? 'up' : percent <= -limit ? 'down' : 'flat',
  };
}

/**
 * One AO's figures from the tally of its beatdowns (those of the 12 months and of the year before);
 * `large` is the upper quartile of the region's AOs' recent averages.
 */
export function aoTrend(ao: Named, t: Tally, fetched: readonly string[], months: string[], large: number | null): AoTrend {
  const heads = t.inYear;
  const recentMonths = months.slice(-AO_TREND.recentMonths);
  const trend = trendOf(t, fetched, recentMonths);
  const bigDay = percentile(heads, AO_TREND.bigDayPercentile);
  const recent = stretch(t, fetched, recentMonths);
  const judged = heads.length >= AO_TREND.minBeatdowns && recent.exact !== null && bigDay !== null && bigDay > 0;
  const fullness = judged ? round(recent.exact! / bigDay!, 2) : null;
  return {
    ao,
    monthly: monthly(t, fetched, months),
    trend,
    bigDay,
    peak: heads.length > 0 ? Math.max(...heads) : null,
    fullness,
    runsFull: fullness !== null && fullness >= AO_TREND.fullShare && large !== null && recent.exact! >= large,
  };
}

export async function aosInsight(db: Db, params: { asOf: string }): Promise<AosInsight> {
  const months = fullMonthsBefore(params.asOf, AO_TREND.months);
  const fetched = fullMonthsBefore(params.asOf, AO_TREND.months + AO_TREND.recentMonths);
  const [beatdowns, names] = await Promise.all([beatdownsInRange(db, monthsRange(fetched)), loadNames(db, {})]);
  const { region, byAo } = tallies(beatdowns, fetched, months);
  // By AO id, so AOs that tie on average and name keep one order whatever order the rows came in.
  const active = [...byAo]
    .filter(([, t]) => t.inYear.length > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const recentMonths = months.slice(-AO_TREND.recentMonths);
  const large = quantile(
    active.map(([, t]) => stretch(t, fetched, recentMonths).exact).filter((v): v is number => v !== null),
    AO_TREND.largeQuantile,
  );
  const aos = active
    .map(([id, t]) => aoTrend(names.ao(id), t, fetched, months, large))
    .sort((a, b) => (b.trend.recent.average ?? -1) - (a.trend.recent.average ?? -1) || a.ao.name.localeCompare(b.ao.name));
  return {
    asOf: params.asOf,
    months,
    region: { monthly: monthly(region, fetched, months), trend: trendOf(region, fetched, recentMonths) },
    aos,
    newAoCandidates: aos.filter((a) => a.runsFull && a.trend.direction === 'up').map((a) => a.ao),
  };
}
