import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aoMonth } from '../../src/stats/ao.js';
import { kotterList } from '../../src/stats/kotter.js';
import { paxFigures, paxYear } from '../../src/stats/pax.js';
import { leaderboards, regionMonth } from '../../src/stats/region.js';
import { createTestRegion, dialects, type TestRegion } from '../support/db.js';
import { DOPPLER, GUMBY, HILL, HOOPTY, MAYHEM, PIT, RIPCORD, SANDBAG, TATER, YARD, seedRegion } from './seed.js';

const TODAY = '2026-11-18';

describe.each(dialects())('figures on %s', (dialect) => {
  let region: TestRegion;
  beforeAll(async () => {
    region = await createTestRegion(dialect);
    await seedRegion(region.ctx.db);
  });
  afterAll(async () => region.cleanup());

  it("gives a PAX's posts, Qs, Co-Qs, first and last post, streak and AOs as of today", async () => {
    const f = await paxFigures(region.ctx.db, DOPPLER, { today: TODAY });
    expect(f).toEqual({
      userId: DOPPLER,
      name: 'Doppler',
      asOf: TODAY,
      year: 2026,
      month: '2026-11',
      posts: { month: 4, year: 7, allTime: 9 },
      qs: { year: 3, allTime: 4 },
      coqs: { year: 1, allTime: 1 },
      firstPost: '2025-06-10',
      lastPost: '2026-11-16',
      streakWeeks: 4,
      favouriteAo: { aoId: YARD, ao: 'ao-the-yard', posts: 5 },
      aos: [
        { aoId: YARD, ao: 'ao-the-yard', yearPosts: 4, allTimePosts: 5, lastPost: '2026-11-09' },
        { aoId: PIT, ao: 'ao-iron-pit', yearPosts: 2, allTimePosts: 3, lastPost: '2026-11-04' },
        { aoId: HILL, ao: 'ao-the-hill', yearPosts: 1, allTimePosts: 1, lastPost: '2026-11-16' },
      ],
    });
  });

  it('counts a Co-Q from the full Co-Q list, not only the first one', async () => {
    const sandbag = await paxFigures(region.ctx.db, SANDBAG, { today: TODAY });
    const ripcord = await paxFigures(region.ctx.db, RIPCORD, { today: TODAY });
    expect(sandbag.coqs).toEqual({ year: 1, allTime: 1 });
    expect(ripcord.coqs).toEqual({ year: 1, allTime: 1 });
    expect(ripcord.qs).toEqual({ year: 2, allTime: 2 });
    expect(ripcord.posts).toEqual({ month: 1, year: 4, allTime: 5 });
  });

  it('gives a past year as of its last day', async () => {
    const f = await paxFigures(region.ctx.db, DOPPLER, { today: TODAY, year: 2025 });
    expect(f.asOf).toBe('2025-12-31');
    expect(f.month).toBe('2025-12');
    expect(f.posts).toEqual({ month: 1, year: 2, allTime: 9 });
    expect(f.qs).toEqual({ year: 1, allTime: 4 });
    expect(f.coqs).toEqual({ year: 0, allTime: 1 });
    expect(f.streakWeeks).toBe(1);
  });

  it('gives zeros, not an error, for a PAX with no posts', async () => {
    const f = await paxFigures(region.ctx.db, 'U0NOBODY', { today: TODAY });
    expect(f).toMatchObject({
      name: 'U0NOBODY',
      posts: { month: 0, year: 0, allTime: 0 },
      firstPost: null,
      streakWeeks: 0,
      favouriteAo: null,
      aos: [],
    });
  });

  it("gives a PAX's posts by AO for each month of the year so far", async () => {
    const y = await paxYear(region.ctx.db, DOPPLER, '2026-11');
    expect(y.months).toHaveLength(11);
    expect(y.total).toBe(7);
    expect(y.series).toEqual([
      { aoId: YARD, ao: 'ao-the-yard', values: [1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2] },
      { aoId: PIT, ao: 'ao-iron-pit', values: [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1] },
      { aoId: HILL, ao: 'ao-the-hill', values: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1] },
    ]);
  });

  it("gives an AO's month: beatdowns, posts, unique PAX, average headcount, FNGs, Qs and posts by PAX", async () => {
    const m = await aoMonth(region.ctx.db, YARD, '2026-11');
    expect(m).toEqual({
      aoId: YARD,
      ao: 'ao-the-yard',
      month: '2026-11',
      beatdowns: 2,
      posts: 7,
      uniquePax: 4,
      averageAttendance: 4,
      fngs: 1,
      qs: [
        { userId: RIPCORD, name: 'Ripcord', qs: 1, coqs: 0 },
        { userId: TATER, name: 'Tater Tot', qs: 1, coqs: 0 },
      ],
      pax: [
        { userId: DOPPLER, name: 'Doppler', posts: 2 },
        { userId: SANDBAG, name: 'Sandbag', posts: 2 },
        { userId: TATER, name: 'Tater Tot', posts: 2 },
        { userId: RIPCORD, name: 'Ripcord', posts: 1 },
      ],
    });
    const jan = await aoMonth(region.ctx.db, YARD, '2026-01');
    expect(jan).toMatchObject({ beatdowns: 1, posts: 4, uniquePax: 4, averageAttendance: 6, fngs: 2 });
    expect(jan.qs).toEqual([
      { userId: DOPPLER, name: 'Doppler', qs: 1, coqs: 0 },
      { userId: RIPCORD, name: 'Ripcord', qs: 0, coqs: 1 },
      { userId: SANDBAG, name: 'Sandbag', qs: 0, coqs: 1 },
    ]);
    const empty = await aoMonth(region.ctx.db, HILL, '2026-02');
    expect(empty).toMatchObject({ beatdowns: 0, posts: 0, uniquePax: 0, averageAttendance: 0, fngs: 0, qs: [], pax: [] });
  });

  it("gives the region's month, leaderboards for the month and the year, and unique PAX and FNGs by AO by month", async () => {
    const r = await regionMonth(region.ctx.db, '2026-11');
    expect(r).toMatchObject({ month: '2026-11', beatdowns: 5, posts: 13, uniquePax: 6, fngs: 1, activeAos: 3 });
    const brief = (rows: { userId: string; posts: number; aos: number }[]) => rows.map((l) => [l.userId, l.posts, l.aos]);
    expect(brief(r.leaders.month.byPosts)).toEqual([
      [DOPPLER, 4, 3],
      [SANDBAG, 3, 2],
      [GUMBY, 2, 1],
      [TATER, 2, 1],
      [RIPCORD, 1, 1],
    ]);
    expect(brief(r.leaders.month.byAos)).toEqual([
      [DOPPLER, 4, 3],
      [SANDBAG, 3, 2],
      [GUMBY, 2, 1],
      [TATER, 2, 1],
      [RIPCORD, 1, 1],
    ]);
    expect(brief(r.leaders.yearToDate.byPosts)).toEqual([
      [DOPPLER, 7, 3],
      [SANDBAG, 5, 2],
      [RIPCORD, 4, 2],
      [MAYHEM, 4, 1],
      [HOOPTY, 3, 1],
      [TATER, 3, 1],
      [GUMBY, 2, 1],
    ]);
    expect(r.leaders.yearToDate.byPosts[0]!.name).toBe('Doppler');
    expect(r.uniquePaxByAo).toEqual([
      { aoId: YARD, ao: 'ao-the-yard', values: [4, 0, 0, 0, 0, 0, 0, 0, 0, 3, 4] },
      { aoId: PIT, ao: 'ao-iron-pit', values: [0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 3] },
      { aoId: HILL, ao: 'ao-the-hill', values: [0, 0, 0, 0, 0, 0, 2, 1, 0, 0, 2] },
    ]);
    expect(r.fngsByAo).toEqual([{ aoId: YARD, ao: 'ao-the-yard', values: [2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1] }]);
  });

  it('cuts the leaderboard at the limit, ranking by distinct AOs when asked', async () => {
    const top = await leaderboards(region.ctx.db, { from: '2026-01-01', to: '2026-12-31' }, 3);
    expect(top.byPosts.map((l) => l.userId)).toEqual([DOPPLER, SANDBAG, RIPCORD]);
    expect(top.byAos.map((l) => [l.userId, l.aos])).toEqual([
      [DOPPLER, 3],
      [SANDBAG, 2],
      [RIPCORD, 2],
    ]);
  });

  it('lists PAX with a real history who have not posted for N weeks', async () => {
    expect(await kotterList(region.ctx.db, { today: TODAY })).toEqual([
      { userId: MAYHEM, name: 'Mayhem', posts: 4, lastPost: '2026-08-03', weeksAway: 15, lastAoId: HILL, lastAo: 'ao-the-hill' },
    ]);
    const looser = await kotterList(region.ctx.db, { today: TODAY, minPosts: 3 });
    expect(looser.map((k) => k.userId)).toEqual([MAYHEM, HOOPTY]);
    const sooner = await kotterList(region.ctx.db, { today: TODAY, weeks: 1 });
    expect(sooner.map((k) => [k.userId, k.lastPost])).toEqual([
      [RIPCORD, '2026-11-09'],
      [MAYHEM, '2026-08-03'],
    ]);
    const longer = await kotterList(region.ctx.db, { today: TODAY, withinWeeks: 200 });
    expect(longer.map((k) => k.userId)).toEqual([MAYHEM, 'U0OLDIE']);
  });
});
