// Dates as Qs write them. Month first; a date without a year is the most recent one not after the post.

export interface Day {
  y: number;
  m: number;
  d: number;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const ORD = '(?:st|nd|rd|th)?';
const YEAR = '(\\d{4}|\'?\\d{2})';

const ISO = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;
// `20180413`: a year of this century, month and day run together.
const COMPACT = /(?<!\d)(20\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)/;
const NUMERIC_Y = /(?<![\d/.-])(\d{1,2})\s?([-/.])\s?(\d{1,2})\s?\2\s?(\d{4}|\d{2})(?![\d/-])/;
const NUMERIC = /(?<![\d/.-])(\d{1,2})[-/](\d{1,2})(?![\d/-]|\.\d)/;
// `7.2`: month and day with a dot, which could as well be a distance; see DateOptions.dotted.
const DOTTED = /(?<![\d.,])(\d{1,2})\.(\d{1,2})(?![\d.]|\s*(?:mi\b|miles?\b|k\b|km\b|%|[ap]\.?m\b))/i;
// The year may follow the month without a space: `05OCT2026`.
const DAY_MONTH = new RegExp(`(?<![\\d])(\\d{1,2})${ORD}(?:\\s+of)?[\\s-]*${MONTH}(?![a-z])(?:[\\s,-]*${YEAR}(?![\\d:]))?`, 'i');
const MONTH_DAY = new RegExp(`(?<![a-z])${MONTH}(?![a-z])[\\s,-]*(\\d{1,2})${ORD}(?!\\d)(?:[\\s,-]+${YEAR}(?![\\d:]))?`, 'i');
const RELATIVE = /\b(today|this morning|tonight|yesterday)\b/i;
const WEEKDAY = /\b(sun|mon|tue|wed|thu|fri|sat)[a-z]*\b/i;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const DAY_MS = 86_400_000;

function dayNumber(day: Day): number {
  return Date.UTC(day.y, day.m - 1, day.d) / DAY_MS;
}

function fromNumber(n: number): Day {
  const date = new Date(n * DAY_MS);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** Days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: Day, b: Day): number {
  return dayNumber(b) - dayNumber(a);
}

export function addDays(day: Day, n: number): Day {
  return fromNumber(dayNumber(day) + n);
}

export function formatDay(day: Day): string {
  return `${day.y}-${String(day.m).padStart(2, '0')}-${String(day.d).padStart(2, '0')}`;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in month `m` (1–12) of year `y`, by the Gregorian rule: no Date made for it (recent() asks often). */
function daysInMonth(y: number, m: number): number {
  return m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : MONTH_DAYS[m - 1]!;
}

function valid(y: number, m: number, d: number): boolean {
  // Written so that NaN anywhere is invalid, as Date.UTC's NaN made it.
  if (!(m >= 1 && m <= 12 && d >= 1 && y >= 1970 && y <= 2200)) return false;
  return d <= daysInMonth(y, m);
}

function withYear(y: number, m: number, d: number): Day | null {
  return valid(y, m, d) ? { y, m, d } : null;
}

function fullYear(text: string): number {
  const digits = text.replace("'", '');
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

/** Days after the post a month and day without a year may lie: a preblast's date, this year's rather than last. */
const SOON = 7;

/** Month and day without a year: the coming week's such date, else the most recent not after `today`. */
function recent(m: number, d: number, today: Day): Day | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  for (const y of [today.y, today.y + 1]) {
    const ahead = valid(y, m, d) ? -daysBetween({ y, m, d }, today) : 0;
    if (ahead > 0 && ahead <= SOON) return { y, m, d };
  }
  for (let y = today.y; y > today.y - 8; y--) {
    if (valid(y, m, d) && daysBetween({ y, m, d }, today) >= 0) return { y, m, d };
  }
  return null;
}

/** A month and day with the year written after them, if any; four digits out of range are a time (`Oct 5 0530`). */
function dated(year: string | undefined, m: number, d: number, today: Day): Day | null {
  const y = year === undefined ? 0 : fullYear(year);
  return y >= 1970 && y <= 2200 ? withYear(y, m, d) : recent(m, d, today);
}

function monthOf(name: string): number {
  return MONTHS[name.slice(0, 3).toLowerCase()] ?? 0;
}

export interface DateOptions {
  /** Accept a weekday alone ("Tuesday") as the most recent such day. */
  weekday?: boolean;
  /** Accept a month and day written with a dot (`7.2`): anywhere, or only opening the text (a title). */
  dotted?: 'anywhere' | 'start';
}

/** The first date written in `text`, read relative to `today` (the post's date). */
export function parseDate(text: string, today: Day, options: DateOptions = {}): Day | null {
  let m = ISO.exec(text) ?? COMPACT.exec(text);
  if (m) return withYear(Number(m[1]), Number(m[2]), Number(m[3]));
  m = NUMERIC_Y.exec(text);
  if (m) return withYear(fullYear(m[4]!), Number(m[1]), Number(m[3]));
  const md = MONTH_DAY.exec(text);
  const dm = DAY_MONTH.exec(text);
  // `7-11 May 9, 2020`: of two readings of one month, the one with its year written wins.
  if (dm && (!md || (dm.index < md.index && !(md[3] && !dm[3])))) {
    const month = monthOf(dm[2]!);
    return dated(dm[3], month, Number(dm[1]), today);
  }
  if (md) {
    const month = monthOf(md[1]!);
    return dated(md[3], month, Number(md[2]), today);
  }
  m = NUMERIC.exec(text);
  if (m) return recent(Number(m[1]), Number(m[2]), today);
  if (options.dotted) {
    m = DOTTED.exec(text);
    if (m && (options.dotted === 'anywhere' || m.index === 0)) return recent(Number(m[1]), Number(m[2]), today);
  }
  m = RELATIVE.exec(text);
  if (m) return m[1]!.toLowerCase() === 'yesterday' ? addDays(today, -1) : today;
  if (options.weekday) {
    m = WEEKDAY.exec(text);
    if (m) {
      const want = WEEKDAYS.indexOf(m[1]!.toLowerCase());
      const have = new Date(dayNumber(today) * DAY_MS).getUTCDay();
      return addDays(today, -((have - want + 7) % 7));
    }
  }
  return null;
}

const QUARTER_HOUR_MS = 900_000;

/**
 * Calendar days of Slack timestamps in one time zone. A zone's offset is looked up twice per UTC day
 * (at its start and end); on the rare day it changes, once per quarter hour (offsets and their changes
 * fall on quarter hours). The answers are kept for reuse.
 */
export class Calendar {
  private readonly parts: Intl.DateTimeFormat;
  /** Offset (ms) of each UTC day seen, or NaN when it changes during that day. */
  private readonly offsets = new Map<number, number>();
  private readonly days = new Map<number, Day>();

  /** Throws a RangeError for an unknown time zone. */
  constructor(readonly tz: string) {
    this.parts = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
  }

  /** The day of a Slack `ts` ("1696590000.123456"). */
  dayOf(ts: string): Day {
    const parsed = Math.floor(Number.parseFloat(ts) * 1000);
    const ms = Number.isFinite(parsed) ? parsed : 0;
    const utcDay = Math.floor(ms / DAY_MS);
    let offset = this.offsets.get(utcDay);
    if (offset === undefined) {
      const first = this.offsetAt(utcDay * DAY_MS);
      offset = first === this.offsetAt((utcDay + 1) * DAY_MS - QUARTER_HOUR_MS) ? first : Number.NaN;
      this.offsets.set(utcDay, offset);
    }
    if (Number.isNaN(offset)) offset = this.offsetAt(Math.floor(ms / QUARTER_HOUR_MS) * QUARTER_HOUR_MS);
    const local = Math.floor((ms + offset) / DAY_MS);
    let day = this.days.get(local);
    if (!day) this.days.set(local, (day = fromNumber(local)));
    return day;
  }

  /** The zone's offset from UTC at an instant on a whole minute, in ms. */
  private offsetAt(ms: number): number {
    const f: Record<string, number> = {};
    for (const p of this.parts.formatToParts(ms)) if (p.type !== 'literal') f[p.type] = Number(p.value);
    return Date.UTC(f.year!, f.month! - 1, f.day!, f.hour!, f.minute!) - ms;
  }
}
