import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { qInsight, verdict } from '../../../src/stats/insights/q.js';
import { createTestRegion, dialects, type TestRegion } from '../../support/db.js';
import { Q_SEED } from './fixtures.js';
import { seed } from './seed.js';

const AS_OF = '2025-03-19';
const YARD = { id: 'C0YARD', name: 'ao-the-yard' };
const PIT = { id: 'C0PIT', name: 'ao-the-pit' };
const HILL = { id: 'C0HILL', name: 'ao-hill' };

describe.each(dialects())('q insight on %s', (dialect) => {
  let t: TestRegion;
  beforeAll(async () => {
    t = await createTestRegion(dialect);
    await seed(t.ctx.db, Q_SEED);
  });
  afterAll(async () => t.cleanup());

  it("counts his Qs last month and compares his beatdowns with each AO's usual", async () => {
    const answer = await qInsight(t.ctx.db, { userId: 'U0SLICE', asOf: AS_OF });
    expect(answer).toEqual({
      pax: { id: 'U0SLICE', name: 'Slice' },
      asOf: AS_OF,
      month: {
        month: '2025-02',
        qs: 2,
        coqs: 1,
        beatdowns: [
          { date: '2025-02-03', ao: YARD, role: 'Q', headcount: 10 },
          { date: '2025-02-10', ao: YARD, role: 'Co-Q', headcount: 8 },
          { date: '2025-02-15', ao: PIT, role: 'Q', headcount: 6 },
        ],
      },
      effect: {
        range: { from: null, to: AS_OF },
        beatdowns: 6,
        average: 8,
        expected: 5.8,
        difference: 3.2,
        percent: 55,
        verdict: 'higher',
        aos: [
          { ao: YARD, his: { beatdowns: 4, average: 9.8 }, others: { beatdowns: 2, average: 5 }, difference: 4.8, percent: 95 },
          {
            ao: HILL,
            his: { beatdowns: 1, average: 3 },
            others: { beatdowns: 0, average: null },
            difference: null,
            percent: null,
          },
          { ao: PIT, his: { beatdowns: 1, average: 6 }, others: { beatdowns: 2, average: 9 }, difference: -3, percent: -33 },
        ],
      },
    });
  });

  it('answers for a given month, up to the as-of day', async () => {
    const answer = await qInsight(t.ctx.db, { userId: 'U0SLICE', asOf: AS_OF, month: '2025-03' });
    expect(answer.month).toEqual({
      month: '2025-03',
      qs: 0,
      coqs: 1,
      beatdowns: [{ date: '2025-03-03', ao: YARD, role: 'Co-Q', headcount: 9 }],
    });
  });

  it('compares from a given day on', async () => {
    // His 10, 8, 9 at the Yard (others 6, 4) and 6 at the Pit (others 8, 10): 8.25 against (3 × 5 + 9) / 4.
    const answer = await qInsight(t.ctx.db, { userId: 'U0SLICE', asOf: AS_OF, since: '2025-02-01' });
    expect(answer.effect).toMatchObject({
      beatdowns: 4,
      average: 8.3,
      expected: 6,
      difference: 2.3,
      percent: 38,
      verdict: 'higher',
    });
  });

  it('a man who never led has nothing to compare', async () => {
    const answer = await qInsight(t.ctx.db, { userId: 'U0MOSS', asOf: '2025-02-01' });
    expect(answer.month).toEqual({ month: '2025-01', qs: 0, coqs: 0, beatdowns: [] });
    expect(answer.effect).toMatchObject({ beatdowns: 0, average: null, expected: null, verdict: null, aos: [] });
  });
});

describe('verdict', () => {
  it('calls 5% either way higher or lower, anything closer about the same', () => {
    expect([verdict(5), verdict(4), verdict(-4), verdict(-5), verdict(null)]).toEqual([
      'higher',
      'about the same',
      'about the same',
      'lower',
      null,
    ]);
  });
});
