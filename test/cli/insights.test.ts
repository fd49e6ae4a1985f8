import { afterEach, describe, expect, it } from 'vitest';
import { createTestRegion, dialects, type TestRegion } from '../support/db.js';
import { runCli } from '../support/run.js';
import { AOS_SEED, DAYS_SEED, KOTTER_SEED, PAX_SEED, Q_SEED } from '../stats/insights/fixtures.js';
import { seed, type Seed } from '../stats/insights/seed.js';

const AS_OF = '2025-03-19';

describe.each(dialects())('paxminer insights on %s', (dialect) => {
  let t: TestRegion | undefined;
  afterEach(async () => {
    await t?.cleanup();
    t = undefined;
  });

  async function ask(data: Seed, args: string[]) {
    t = await createTestRegion(dialect);
    await seed(t.ctx.db, data);
    const r = await runCli(['insights', ...args, '--as-of', AS_OF], {
      env: { DATABASE_URL: t.url, REGION_TZ: 'America/Chicago' },
    });
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout);
  }

  it('pax: his posts this week, month and year, and where he posts most', async () => {
    const answer = await ask(PAX_SEED, ['pax', '--user', 'U0DOP', '--period', 'year']);
    expect(answer).toMatchObject({
      pax: { id: 'U0DOP', name: 'Doppler' },
      as_of: AS_OF,
      period: 'year',
      range: { from: '2025-01-01', to: AS_OF },
      posts: { week: 2, month: 5, year: 7, all_time: 8 },
      qs: 2,
      coqs: 1,
      most_at: { ao: { id: 'C0PIT', name: 'ao-the-pit' }, posts: 4, last_post: '2025-03-18' },
    });
  });

  it('days: the busiest weekday of one AO', async () => {
    const answer = await ask(DAYS_SEED, ['days', '--ao', 'C0PIT']);
    expect(answer.busiest).toBe('Saturday');
    expect(answer.days[5]).toEqual({ day: 'Saturday', beatdowns: 2, attendance: 23, average: 11.5, per_week: 0.4 });
  });

  it('q: his Qs in a month, and attendance when he Qs', async () => {
    const answer = await ask(Q_SEED, ['q', '--user', 'U0SLICE', '--month', '2025-02']);
    expect(answer.month).toMatchObject({ month: '2025-02', qs: 2, coqs: 1 });
    expect(answer.effect).toMatchObject({
      beatdowns: 6,
      average: 8,
      expected: 5.8,
      difference: 3.2,
      percent: 55,
      verdict: 'higher',
    });
  });

  it('kotter: who went missing and who used to post with them', async () => {
    const answer = await ask(KOTTER_SEED, ['kotter', '--weeks', '8']);
    expect(answer.weeks).toBe(8);
    expect(answer.kotters).toHaveLength(1);
    expect(answer.kotters[0]).toMatchObject({ user_id: 'U0GONZO', name: 'Gonzo', last_post: '2025-01-06', weeks_away: 10 });
    expect(answer.kotters[0].posted_with.map((c: { pax: { name: string }; shared: number }) => [c.pax.name, c.shared])).toEqual([
      ['Cutter', 5],
      ['Anvil', 4],
      ['Chowder', 3],
    ]);
  });

  it('aos: trends, fullness and where a new AO would help', async () => {
    const answer = await ask(AOS_SEED, ['aos']);
    expect(answer.new_ao_candidates).toEqual([{ id: 'C0YARD', name: 'ao-the-yard' }]);
    expect(answer.aos[0]).toMatchObject({
      ao: { id: 'C0YARD' },
      big_day: 12,
      fullness: 1,
      runs_full: true,
      trend: { direction: 'up', percent: 50 },
    });
  });
});

describe('paxminer insights, wrong arguments', () => {
  const env = { DATABASE_URL: 'sqlite::memory:' };
  it.each([
    [['weather'], /unknown question 'weather'/],
    [['pax'], /--user ID is required/],
    [['aos', '--as-of', '2025-02-30'], /--as-of: expected a date/],
    [['kotter', '--weeks', '0'], /--weeks: expected a whole number/],
  ])('insights %j is a usage error', async (args, message) => {
    const r = await runCli(['insights', ...args], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('help lists every question', async () => {
    const r = await runCli(['insights', 'help']);
    expect(r.code).toBe(0);
    for (const q of ['pax', 'days', 'q', 'kotter', 'aos']) expect(r.stdout).toMatch(new RegExp(`insights ${q}\\b`));
  });
});
