import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestRegion, dialects, type TestRegion } from '../support/db.js';
import { runCli } from '../support/run.js';
import { DOPPLER, HILL, PIT, YARD, seedRegion } from '../stats/seed.js';

describe.each(dialects())('paxminer stats on %s', (dialect) => {
  let region: TestRegion;
  beforeAll(async () => {
    region = await createTestRegion(dialect);
    await seedRegion(region.ctx.db);
  });
  afterAll(async () => region.cleanup());

  it('takes the user id in any case, as copied from a chart file name or typed', async () => {
    for (const given of [DOPPLER.toLowerCase(), DOPPLER.slice(0, 3) + DOPPLER.slice(3).toLowerCase()]) {
      const r = await runCli(['stats', '--user', given, '--year', '2026'], { env: { DATABASE_URL: region.url } });
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({ user_id: DOPPLER, name: 'Doppler', posts: 7 });
    }
  }, 120_000);

  it("prints a PAX's figures for a year as JSON, posts being the beatdowns he attended that year", async () => {
    const r = await runCli(['stats', '--user', DOPPLER, '--year', '2026'], { env: { DATABASE_URL: region.url } });
    expect(r.code, r.stderr).toBe(0);
    const figures = JSON.parse(r.stdout);
    expect(figures).toMatchObject({
      user_id: DOPPLER,
      name: 'Doppler',
      year: 2026,
      posts: 7,
      all_time_posts: 9,
      qs: 3,
      coqs: 1,
      all_time_qs: 4,
      all_time_coqs: 1,
      first_post: '2025-06-10',
      last_post: '2026-11-16',
      favourite_ao: { ao_id: YARD, name: 'ao-the-yard', posts: 5 },
    });
    expect(figures.aos.map((a: { ao_id: string; posts: number }) => [a.ao_id, a.posts])).toEqual([
      [YARD, 4],
      [PIT, 2],
      [HILL, 1],
    ]);

    const past = JSON.parse(
      (await runCli(['stats', '--user', DOPPLER, '--year=2025'], { env: { DATABASE_URL: region.url } })).stdout,
    );
    expect(past).toMatchObject({ year: 2025, posts: 2, as_of: '2025-12-31', month: '2025-12', month_posts: 1, qs: 1, coqs: 0 });
  });

  it('says so for an unknown PAX, and explains bad arguments', async () => {
    const unknown = await runCli(['stats', '--user', 'U0NOBODY'], { env: { DATABASE_URL: region.url } });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no user U0NOBODY and no posts by U0NOBODY/);
    const missing = await runCli(['stats'], { env: { DATABASE_URL: region.url } });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--user ID is required/);
    const badYear = await runCli(['stats', '--user', DOPPLER, '--year', '26'], { env: { DATABASE_URL: region.url } });
    expect(badYear.code).toBe(2);
    expect(badYear.stderr).toMatch(/--year: expected a year like 2026, got '26'/);
  });
});
