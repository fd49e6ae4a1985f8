import type { DateRange } from '../db/queries/stats.js';
import { addMonths, dateInZone, isMonth, monthRange } from '../time.js';

// "This month", "this year" and friends, from a date the caller takes from its clock.

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Today's date in the region's time zone, from the caller's clock. */
export function todayIn(tz: string, now: Date): string {
  return dateInZone(now, tz);
}

/** `YYYY-MM` when the text is a real month, else null. */
export function parseMonth(text: string): string | null {
  const month = text.trim();
  return isMonth(month) ? month : null;
}

export function yearRange(year: number): DateRange {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** January 1st to the last day of `month`. */
export function yearToDate(month: string): DateRange {
  return { from: `${month.slice(0, 4)}-01-01`, to: monthRange(month).to };
}

/** The months of the year up to and including `month`: `['2026-01', …, month]`. */
export function monthsToDate(month: string): string[] {
  const last = Number(month.slice(5, 7));
  return Array.from({ length: last }, (_, i) => `${month.slice(0, 4)}-${String(i + 1).padStart(2, '0')}`);
}

export function previousMonth(month: string): string {
  return addMonths(month, -1);
}

/** "November 2026" */
export function monthName(month: string): string {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** "Nov" */
export function shortMonthName(month: string): string {
  return (MONTH_NAMES[Number(month.slice(5, 7)) - 1] ?? '').slice(0, 3);
}
