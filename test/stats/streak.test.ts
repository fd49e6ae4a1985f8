import { describe, expect, it } from 'vitest';
import { weekNumber, weeklyStreak } from '../../src/stats/streak.js';
import { monthsToDate, parseMonth, previousMonth, todayIn, yearToDate } from '../../src/stats/period.js';

describe('the weekly streak', () => {
  // 2026-11-16 is a Monday, 2026-11-22 a Sunday.
  it('puts Monday to Sunday in one week', () => {
    expect(weekNumber('2026-11-16')).toBe(weekNumber('2026-11-22'));
    expect(weekNumber('2026-11-23')).toBe(weekNumber('2026-11-22') + 1);
    expect(weekNumber('2026-11-15')).toBe(weekNumber('2026-11-16') - 1);
  });

  it('counts weeks in a row with a post, ending this week', () => {
    expect(weeklyStreak(['2026-11-16', '2026-11-11', '2026-11-02', '2026-10-26', '2026-10-12'], '2026-11-18')).toBe(4);
  });

  it('keeps the streak while this week has no post yet, and breaks it after a whole empty week', () => {
    const dates = ['2026-11-13', '2026-11-06'];
    expect(weeklyStreak(dates, '2026-11-18')).toBe(2);
    expect(weeklyStreak(dates, '2026-11-23')).toBe(0);
  });

  it('ignores posts after the day asked about, and several posts in one week count once', () => {
    expect(weeklyStreak(['2026-11-20', '2026-11-10', '2026-11-09', '2026-11-08'], '2026-11-12')).toBe(2);
    expect(weeklyStreak([], '2026-11-12')).toBe(0);
  });
});

describe('periods', () => {
  it("takes today from the clock in the region's time zone", () => {
    const instant = new Date('2026-12-01T03:00:00Z');
    expect(todayIn('America/Chicago', instant)).toBe('2026-11-30');
    expect(todayIn('Europe/London', instant)).toBe('2026-12-01');
  });

  it('reads months and walks back across a new year', () => {
    expect(parseMonth('2026-11')).toBe('2026-11');
    expect(parseMonth('2026-13')).toBeNull();
    expect(parseMonth('Nov 2026')).toBeNull();
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(monthsToDate('2026-03')).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(yearToDate('2024-02')).toEqual({ from: '2024-01-01', to: '2024-02-29' });
  });
});
