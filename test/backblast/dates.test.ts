import { describe, expect, it } from 'vitest';
import { addDays, Calendar, daysBetween, formatDay, parseDate, type Day } from '../../src/backblast/dates.js';

const tuesday: Day = { y: 2026, m: 10, d: 6 };
const read = (text: string, today = tuesday, weekday = false) => {
  const day = parseDate(text, today, { weekday });
  return day && formatDay(day);
};

describe('parseDate', () => {
  it.each([
    ['2026-10-05', '2026-10-05'],
    ['2026/10/5', '2026-10-05'],
    ['10/5/26', '2026-10-05'],
    ['10/05/2026', '2026-10-05'],
    ['10-5-2026', '2026-10-05'],
    ['10.5.26', '2026-10-05'],
    ['8.22.22', '2022-08-22'],
    ['5-Oct-2026', '2026-10-05'],
    ['5 October 2026', '2026-10-05'],
    ['6 Oct 26', '2026-10-06'],
    ['Oct 5th 2026', '2026-10-05'],
    ['October 5, 2026', '2026-10-05'],
    ["Oct 5 '26", '2026-10-05'],
    ['Monday, October 5th', '2026-10-05'],
    ['Tues. Oct. 6', '2026-10-06'],
    ['10/5 @ 0530', '2026-10-05'],
    ['10/5/26 5:30am', '2026-10-05'],
    ['Sat 10/3', '2026-10-03'],
    ['today', '2026-10-06'],
    ['This morning', '2026-10-06'],
    ['Yesterday', '2026-10-05'],
    ['05OCT2026', '2026-10-05'],
    ['5OCT25', '2025-10-05'],
    ['Oct 5 0530', '2026-10-05'],
  ])('%s → %s', (text, day) => {
    expect(read(text)).toBe(day);
  });

  it('reads month.day only when asked: anywhere on a Date line, or opening a title', () => {
    const dotted = (text: string, where: 'anywhere' | 'start') => formatDay(parseDate(text, tuesday, { dotted: where })!);
    expect(read('7.2')).toBeNull();
    expect(dotted('7.2', 'anywhere')).toBe('2026-07-02');
    expect(dotted('10.5 - The Extender', 'start')).toBe('2026-10-05');
    expect(parseDate('Ran 3.1 today', tuesday, { dotted: 'start' })).toEqual(tuesday);
    expect(parseDate('3.1 miles', tuesday, { dotted: 'anywhere' })).toBeNull();
    expect(parseDate('5.30am', tuesday, { dotted: 'anywhere' })).toBeNull();
  });

  it('reads month first', () => {
    expect(read('3/4/2026')).toBe('2026-03-04');
  });

  it('gives a date without a year the coming week, else the most recent year not after the post', () => {
    expect(read('10/6')).toBe('2026-10-06');
    // A day in the week ahead is a preblast's date, this year's: the parser then takes the post for a preblast.
    expect(read('10/7')).toBe('2026-10-07');
    expect(read('10/13')).toBe('2026-10-13');
    expect(read('10/14')).toBe('2025-10-14');
    expect(read('1/3', { y: 2026, m: 12, d: 30 })).toBe('2027-01-03');
    expect(read('12/31', { y: 2026, m: 1, d: 2 })).toBe('2025-12-31');
    expect(read('Feb 29', { y: 2026, m: 3, d: 1 })).toBe('2024-02-29');
  });

  it('reads a weekday alone only when asked, as the most recent such day', () => {
    expect(read('Saturday')).toBeNull();
    expect(read('Saturday', tuesday, true)).toBe('2026-10-03');
    expect(read('Tuesday', tuesday, true)).toBe('2026-10-06');
    expect(read('wed', tuesday, true)).toBe('2026-09-30');
  });

  it('rejects impossible dates and text without one', () => {
    expect(read('2/30/2026')).toBeNull();
    expect(read('13/1/2026')).toBeNull();
    expect(read('0530-0615')).toBeNull();
    expect(read('2.5 miles')).toBeNull();
    expect(read('the usual time')).toBeNull();
    expect(read('Mary: flutter kicks')).toBeNull();
  });
});

describe('day arithmetic', () => {
  it('counts days across months and years', () => {
    expect(daysBetween({ y: 2026, m: 8, d: 1 }, tuesday)).toBe(66);
    expect(daysBetween(tuesday, { y: 2027, m: 10, d: 5 })).toBe(364);
    expect(formatDay(addDays({ y: 2024, m: 2, d: 28 }, 1))).toBe('2024-02-29');
  });
});

describe('Calendar', () => {
  it('gives the day of a ts in the region, not in UTC', () => {
    const chicago = new Calendar('America/Chicago');
    // 2026-10-07 04:30 UTC is still the 6th in Chicago.
    expect(formatDay(chicago.dayOf('1791347400.000100'))).toBe('2026-10-06');
    expect(formatDay(new Calendar('UTC').dayOf('1791347400.000100'))).toBe('2026-10-07');
    // Kolkata is UTC+5:30: 18:29 UTC is 23:59 there, 18:30 UTC the next day.
    const kolkata = new Calendar('Asia/Kolkata');
    expect(formatDay(kolkata.dayOf(String(Date.UTC(2026, 9, 6, 18, 29) / 1000)))).toBe('2026-10-06');
    expect(formatDay(kolkata.dayOf(String(Date.UTC(2026, 9, 6, 18, 30) / 1000)))).toBe('2026-10-07');
  });

  it('follows daylight saving time', () => {
    const chicago = new Calendar('America/Chicago');
    // Days start at 05:00 UTC under CDT and at 06:00 UTC under CST (from 2026-11-01).
    expect(formatDay(chicago.dayOf(String(Date.UTC(2026, 10, 1, 4, 59) / 1000)))).toBe('2026-10-31');
    expect(formatDay(chicago.dayOf(String(Date.UTC(2026, 10, 2, 5, 59) / 1000)))).toBe('2026-11-01');
    expect(formatDay(chicago.dayOf(String(Date.UTC(2026, 10, 2, 6, 0) / 1000)))).toBe('2026-11-02');
  });

  it('refuses an unknown time zone', () => {
    expect(() => new Calendar('Mars/Olympus')).toThrow(RangeError);
  });
});
