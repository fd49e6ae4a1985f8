import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aosInsight, quantile } from '../../../src/stats/insights/aos.js';
import { createTestRegion, dialects, type TestRegion } from '../../support/db.js';
import { AOS_SEED, TREND_MONTHS } from './fixtures.js';
import { seed } from './seed.js';

// As of 2025-03-19: the 12 full months are 2024-03 to 2025-02; recent is 2024-12 to 2025-02, against
// 2023-12 to 2024-02 a year before.
const AS_OF = '2025-03-19';

describe.each(dialects())('AO trends on %s', (dialect) => {
  let t: TestRegion;
  beforeAll(async () => {
    t = await createTestRegion(dialect);
    await seed(t.ctx.db, AOS_SEED);
  });
  afterAll(async () => t.cleanup());

  it('gives each AO its months, trend, big day and fullness, and names the AOs to open a new one beside', async () => {
    // Recent averages 12, 8 and 4: the upper quartile is 10, so only the Yard is among the largest.
    const answer = await aosInsight(t.ctx.db, { asOf: AS_OF });
    expect(answer.months).toEqual(TREND_MONTHS);
    const summary = answer.aos.map((a) => ({
      ao: a.ao.name,
      recent: a.trend.recent.average,
      yearBefore: a.trend.yearBefore.average,
      change: a.trend.change,
      percent: a.trend.percent,
      direction: a.trend.direction,
      bigDay: a.bigDay,
      peak: a.peak,
      fullness: a.fullness,
      runsFull: a.runsFull,
    }));
    expect(summary).toEqual([
      {
        ao: 'ao-the-yard',
        recent: 12,
        yearBefore: 8,
        change: 4,
        percent: 50,
        direction: 'up',
        bigDay: 12,
        peak: 12,
        fullness: 1,
        runsFull: true,
      },
      {
        ao: 'ao-hill',
        recent: 8,
        yearBefore: null,
        change: null,
        percent: null,
        direction: null,
        bigDay: 10,
        peak: 10,
        fullness: 0.8,
        runsFull: false,
      },
      {
        ao: 'ao-the-pit',
        recent: 4,
        yearBefore: 5,
        change: -1,
        percent: -20,
        direction: 'down',
        bigDay: 5,
        peak: 20,
        fullness: 0.8,
        runsFull: false,
      },
    ]);
    expect(answer.newAoCandidates).toEqual([{ id: 'C0YARD', name: 'ao-the-yard' }]);

    const hill = answer.aos.find((a) => a.ao.id === 'C0HILL')!;
    expect(hill.monthly.slice(6)).toEqual([
      { month: '2024-09', beatdowns: 0, attendance: 0, average: null },
      { month: '2024-10', beatdowns: 2, attendance: 8, average: 4 },
      { month: '2024-11', beatdowns: 2, attendance: 10, average: 5 },
      { month: '2024-12', beatdowns: 2, attendance: 14, average: 7 },
      { month: '2025-01', beatdowns: 2, attendance: 16, average: 8 },
      { month: '2025-02', beatdowns: 2, attendance: 18, average: 9 },
    ]);
  });

  it('sums the region month by month and trends it against the year before', async () => {
    const answer = await aosInsight(t.ctx.db, { asOf: AS_OF });
    expect(answer.region.monthly[0]).toEqual({ month: '2024-03', beatdowns: 2, attendance: 15, average: 7.5 });
    expect(answer.region.monthly[6]).toEqual({ month: '2024-09', beatdowns: 2, attendance: 30, average: 15 });
    expect(answer.region.monthly[11]).toEqual({ month: '2025-02', beatdowns: 4, attendance: 34, average: 8.5 });
    // Recent: (36 + 12 + 48) / 12 = 8; a year before: (24 + 15 + 7) / 7 = 6.57.
    expect(answer.region.trend).toEqual({
      recent: { months: ['2024-12', '2025-01', '2025-02'], beatdowns: 12, average: 8 },
      yearBefore: { months: ['2023-12', '2024-01', '2024-02'], beatdowns: 7, average: 6.6 },
      change: 1.4,
      percent: 22,
      direction: 'up',
    });
  });

  it('judges no fullness on too few beatdowns', async () => {
    const answer = await aosInsight(t.ctx.db, { asOf: '2024-12-01' });
    const hill = answer.aos.find((a) => a.ao.id === 'C0HILL')!;
    expect(hill).toMatchObject({ bigDay: 6, peak: 6, fullness: null, runsFull: false });
  });
});

describe('quantile', () => {
  it('interpolates between neighbours', () => {
    expect([
      quantile([3, 1, 2], 0.5),
      quantile([4, 1, 3, 2], 0.5),
      quantile([4, 8, 12], 0.75),
      quantile([7], 0.75),
      quantile([], 0.5),
    ]).toEqual([2, 2.5, 10, 7, null]);
  });
});
