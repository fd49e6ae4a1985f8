import { beatdownsByWeekday } from '../../db/queries/insights.js';
import type { Db } from '../../db/types.js';
import { fullWeeksBefore, type DateRange } from './calendar.js';
import { loadNames, type Named } from './names.js';
import { mean, round } from './numbers.js';

// "Which days of the week are busiest, across the region and at each AO?"
//
// Counted over the last 52 full ISO weeks (Monday to Sunday) before the as-of day's week, so every
// weekday occurs exactly 52 times and totals compare fairly. A weekday's attendance is the summed
// headcount of its beatdowns (a beatdown's headcount is its recorded pax count, FNGs included, or
// its attendance rows when no count was recorded). The busiest day has the highest attendance; ties
// go to the higher average headcount, then to the earlier day of the week.

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const DAYS_WEEKS = 52;

export interface DayFigures {
  day: Weekday;
  beatdowns: number;
  /** Summed headcount. */
  attendance: number;
  /** Average headcount per beatdown; null when there were none. */
  average: number | null;
  /** Attendance on an average week. */
  perWeek: number;
}

export interface AoDays {
  ao: Named;
  days: DayFigures[];
  /** Null when the AO had no beatdowns in the range. */
  busiest: Weekday | null;
}

export interface DaysInsight {
  asOf: string;
  range: DateRange;
  weeks: number;
  /** The AO asked about, or null for the whole region. */
  ao: Named | null;
  /** Monday to Sunday, for the region (or the one AO). */
  days: DayFigures[];
  busiest: Weekday | null;
  /** Each AO with beatdowns in the range, by name. */
  aos: AoDays[];
}

type Row = { weekday: number; beatdowns: number; heads: number };

/** Monday-to-Sunday figures from per-weekday rows (several rows for one weekday are added up). */
export function dayFigures(rows: Row[], weeks: number): DayFigures[] {
  return WEEKDAYS.map((day, i) => {
    const mine = rows.filter((r) => r.weekday === i);
    const beatdowns = mine.reduce((n, r) => n + r.beatdowns, 0);
    const attendance = mine.reduce((n, r) => n + r.heads, 0);
    return { day, beatdowns, attendance, average: mean(attendance, beatdowns), perWeek: round(attendance / weeks) };
  });
}

export function busiestDay(days: DayFigures[]): Weekday | null {
  let best: DayFigures | null = null;
  for (const d of days) {
    if (d.beatdowns === 0) continue;
    if (
      best === null ||
      d.attendance > best.attendance ||
      (d.attendance === best.attendance && (d.average ?? 0) > (best.average ?? 0))
    ) {
      best = d;
    }
  }
  return best?.day ?? null;
}

export async function daysInsight(db: Db, params: { asOf: string; aoId?: string }): Promise<DaysInsight> {
  const range = fullWeeksBefore(params.asOf, DAYS_WEEKS);
  const rows = await beatdownsByWeekday(db, range, params.aoId);
  const names = await loadNames(db, {});
  const days = dayFigures(rows, DAYS_WEEKS);
  const aos = [...new Set(rows.map((r) => r.aoId))]
    .map((id) => {
      const d = dayFigures(
        rows.filter((r) => r.aoId === id),
        DAYS_WEEKS,
      );
      return { ao: names.ao(id), days: d, busiest: busiestDay(d) };
    })
    .sort((a, b) => a.ao.name.localeCompare(b.ao.name) || a.ao.id.localeCompare(b.ao.id));
  return {
    asOf: params.asOf,
    range,
    weeks: DAYS_WEEKS,
    ao: params.aoId ? names.ao(params.aoId) : null,
    days,
    busiest: busiestDay(days),
    aos,
  };
}
