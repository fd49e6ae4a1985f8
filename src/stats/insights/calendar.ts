export type { DateRange } from '../../db/queries/stats.js';
import type { DateRange } from '../../db/queries/stats.js';
import { addDays, addMonths, monthRange } from '../../time.js';

// The calendar the insights count in. Every date is a `YYYY-MM-DD` day in REGION_TZ; ranges are
// inclusive at both ends.
//
// - "as of": the day the question is asked, from a clock passed in (`todayIn(tz, now)`); nothing
//   dated after it counts. (`todayIn` in stats/period.ts)
// - week: an ISO week, Monday to Sunday. "This week" runs from Monday to the as-of day.
// - month: a calendar month; "this month" runs from the 1st to the as-of day. A "full month" is one
//   that has ended: the months before the as-of day's month.
// - year: a calendar year; "this year" runs from January 1st to the as-of day.

export type Period = 'week' | 'month' | 'year';
export const PERIODS: readonly Period[] = ['week', 'month', 'year'];

/** True for a real calendar day written `YYYY-MM-DD`. */
export function isDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** 0 Monday … 6 Sunday. */
export function weekdayIndex(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** The Monday of the ISO week holding `date`. */
export function weekStart(date: string): string {
  return addDays(date, -weekdayIndex(date));
}

/** "This week", "this month" or "this year" as of a day. */
export function periodRange(period: Period, asOf: string): DateRange {
  if (period === 'week') return { from: weekStart(asOf), to: asOf };
  if (period === 'month') return { from: `${asOf.slice(0, 7)}-01`, to: asOf };
  return { from: `${asOf.slice(0, 4)}-01-01`, to: asOf };
}

/** The last `n` full months before the as-of day's month, oldest first. */
export function fullMonthsBefore(asOf: string, n: number): string[] {
  const current = asOf.slice(0, 7);
  return Array.from({ length: n }, (_, i) => addMonths(current, i - n));
}

/** First day of the first month to last day of the last month. */
export function monthsRange(months: readonly string[]): DateRange {
  return { from: monthRange(months[0]!).from, to: monthRange(months[months.length - 1]!).to };
}

/** The `n` full ISO weeks before the as-of day's week: Monday n weeks back to last Sunday. */
export function fullWeeksBefore(asOf: string, n: number): DateRange {
  const monday = weekStart(asOf);
  return { from: addDays(monday, -7 * n), to: addDays(monday, -1) };
}
