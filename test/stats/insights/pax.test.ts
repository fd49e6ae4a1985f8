import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paxInsight, rankAos } from '../../../src/stats/insights/pax.js';
import { createTestRegion, dialects, type TestRegion } from '../../support/db.js';
import { PAX_SEED } from './fixtures.js';
import { seed } from './seed.js';

// As of Wednesday 2025-03-19: this week is Monday 03-17 to 03-19.
const AS_OF = '2025-03-19';

describe.each(dialects())('pax insight on %s', (dialect) => {
  let t: TestRegion;
  beforeAll(async () => {
    t = await createTestRegion(dialect);
    await seed(t.ctx.db, PAX_SEED);
  });
  afterAll(async () => t.cleanup());

  it('counts his posts this week, month, year and in all, and where he posted most this month', async () => {
    const answer = await paxInsight(t.ctx.db, { userId: 'U0DOP', period: 'month', asOf: AS_OF });
    expect(answer).toEqual({
      pax: { id: 'U0DOP', name: 'Doppler' },
      asOf: AS_OF,
      period: 'month',
      range: { from: '2025-03-01', to: AS_OF },
      posts: { week: 2, month: 5, year: 7, allTime: 8 },
      qs: 1,
      coqs: 1,
      aos: [
        { ao: { id: 'C0PIT', name: 'ao-the-pit' }, posts: 2, lastPost: '2025-03-18' },
        { ao: { id: 'C0YARD', name: 'ao-the-yard' }, posts: 2, lastPost: '2025-03-17' },
        { ao: { id: 'C0HILL', name: 'ao-hill' }, posts: 1, lastPost: '2025-03-10' },
      ],
      mostAt: { ao: { id: 'C0PIT', name: 'ao-the-pit' }, posts: 2, lastPost: '2025-03-18' },
    });
  });

  it('answers for this week (Monday to today) and this year', async () => {
    const week = await paxInsight(t.ctx.db, { userId: 'U0DOP', period: 'week', asOf: AS_OF });
    expect(week.range).toEqual({ from: '2025-03-17', to: AS_OF });
    expect(week.aos.map((a) => [a.ao.id, a.posts])).toEqual([
      ['C0PIT', 1],
      ['C0YARD', 1],
    ]);
    expect([week.qs, week.coqs]).toEqual([0, 1]);

    const year = await paxInsight(t.ctx.db, { userId: 'U0DOP', period: 'year', asOf: AS_OF });
    expect(year.range).toEqual({ from: '2025-01-01', to: AS_OF });
    expect(year.aos.map((a) => [a.ao.id, a.posts])).toEqual([
      ['C0PIT', 4],
      ['C0YARD', 2],
      ['C0HILL', 1],
    ]);
    expect([year.qs, year.coqs]).toEqual([2, 1]);
  });

  it('a week with no posts has nowhere he posted most', async () => {
    const answer = await paxInsight(t.ctx.db, { userId: 'U0DOP', period: 'week', asOf: '2025-02-09' });
    expect(answer.posts).toEqual({ week: 0, month: 0, year: 1, allTime: 2 });
    expect(answer.aos).toEqual([]);
    expect(answer.mostAt).toBeNull();
  });

  it('a man nobody knows gets zeros and his id for a name', async () => {
    const answer = await paxInsight(t.ctx.db, { userId: 'U0NOBODY', period: 'year', asOf: AS_OF });
    expect(answer.pax).toEqual({ id: 'U0NOBODY', name: 'U0NOBODY' });
    expect(answer.posts).toEqual({ week: 0, month: 0, year: 0, allTime: 0 });
  });
});

describe('rankAos', () => {
  it('orders by posts, then the latest post, then name', () => {
    const a = (id: string, posts: number, lastPost: string) => ({ ao: { id, name: id.toLowerCase() }, posts, lastPost });
    expect(
      rankAos([a('C1', 1, '2025-01-05'), a('C3', 3, '2025-01-01'), a('C2', 3, '2025-01-02'), a('C4', 3, '2025-01-02')]).map(
        (r) => r.ao.id,
      ),
    ).toEqual(['C2', 'C4', 'C3', 'C1']);
  });
});
