import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { busiestDay, dayFigures, daysInsight } from '../../../src/stats/insights/days.js';
import { createTestRegion, dialects, type TestRegion } from '../../support/db.js';
import { DAYS_SEED } from './fixtures.js';
import { seed } from './seed.js';

// As of Wednesday 2025-03-19 the 52 full weeks run from Monday 2024-03-18 to Sunday 2025-03-16.
const AS_OF = '2025-03-19';

const day = (d: string, beatdowns: number, attendance: number, average: number | null, perWeek: number) => ({
  day: d,
  beatdowns,
  attendance,
  average,
  perWeek,
});

describe.each(dialects())('days insight on %s', (dialect) => {
  let t: TestRegion;
  beforeAll(async () => {
    t = await createTestRegion(dialect);
    await seed(t.ctx.db, DAYS_SEED);
  });
  afterAll(async () => t.cleanup());

  it('sums each weekday over the last 52 full weeks, region-wide and per AO', async () => {
    const answer = await daysInsight(t.ctx.db, { asOf: AS_OF });
    expect(answer.range).toEqual({ from: '2024-03-18', to: '2025-03-16' });
    expect(answer.weeks).toBe(52);
    expect(answer.ao).toBeNull();
    expect(answer.days).toEqual([
      day('Monday', 3, 24, 8, 0.5),
      day('Tuesday', 0, 0, null, 0),
      day('Wednesday', 1, 5, 5, 0.1),
      day('Thursday', 0, 0, null, 0),
      day('Friday', 0, 0, null, 0),
      day('Saturday', 2, 23, 11.5, 0.4),
      day('Sunday', 1, 4, 4, 0.1),
    ]);
    expect(answer.busiest).toBe('Monday');
    expect(answer.aos.map((a) => [a.ao.name, a.busiest])).toEqual([
      ['ao-the-pit', 'Saturday'],
      ['ao-the-yard', 'Monday'],
    ]);
    const yard = answer.aos.find((a) => a.ao.id === 'C0YARD')!;
    expect(yard.days.filter((d) => d.beatdowns > 0)).toEqual([
      day('Monday', 2, 18, 9, 0.3),
      day('Wednesday', 1, 5, 5, 0.1),
      day('Sunday', 1, 4, 4, 0.1),
    ]);
  });

  it('answers for one AO', async () => {
    const answer = await daysInsight(t.ctx.db, { asOf: AS_OF, aoId: 'C0PIT' });
    expect(answer.ao).toEqual({ id: 'C0PIT', name: 'ao-the-pit' });
    expect(answer.days.filter((d) => d.beatdowns > 0)).toEqual([day('Monday', 1, 6, 6, 0.1), day('Saturday', 2, 23, 11.5, 0.4)]);
    expect(answer.busiest).toBe('Saturday');
    expect(answer.aos.map((a) => a.ao.id)).toEqual(['C0PIT']);
  });

  it('an AO without beatdowns in the weeks has no busiest day', async () => {
    const answer = await daysInsight(t.ctx.db, { asOf: '2026-06-01', aoId: 'C0PIT' });
    expect(answer.busiest).toBeNull();
    expect(answer.aos).toEqual([]);
    expect(answer.days.every((d) => d.beatdowns === 0)).toBe(true);
  });
});

describe('busiestDay', () => {
  it('breaks a tie on attendance by the higher average, then the earlier day', () => {
    const days = dayFigures(
      [
        { weekday: 1, beatdowns: 2, heads: 20 },
        { weekday: 3, beatdowns: 1, heads: 20 },
        { weekday: 5, beatdowns: 1, heads: 20 },
      ],
      52,
    );
    expect(busiestDay(days)).toBe('Thursday');
  });
});
