import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kotterInsight, topCompanions } from '../../../src/stats/insights/kotters.js';
import { createTestRegion, dialects, type TestRegion } from '../../support/db.js';
import { KOTTER_SEED } from './fixtures.js';
import { seed } from './seed.js';

// As of 2025-03-19, four weeks: a kotter's last post is before 2025-02-19 (and within 52 weeks),
// with at least 4 posts in all; men with a post on or after 2025-02-19 are still posting.
const AS_OF = '2025-03-19';

const named = (id: string, name: string) => ({ id, name });

describe.each(dialects())('kotter insight on %s', (dialect) => {
  let t: TestRegion;
  beforeAll(async () => {
    t = await createTestRegion(dialect);
    await seed(t.ctx.db, KOTTER_SEED);
  });
  afterAll(async () => t.cleanup());

  it('lists the kotters, most recently seen first, with the men still posting who shared most beatdowns with them', async () => {
    const answer = await kotterInsight(t.ctx.db, { asOf: AS_OF });
    expect(answer.weeks).toBe(4);
    expect(
      answer.kotters.map((k) => ({
        name: k.name,
        posts: k.posts,
        lastPost: k.lastPost,
        weeksAway: k.weeksAway,
        lastAo: k.lastAo,
        postedWith: k.postedWith.map((c) => [c.pax.name, c.shared]),
      })),
    ).toEqual([
      { name: 'Kilt', posts: 4, lastPost: '2025-02-18', weeksAway: 4, lastAo: 'ao-hill', postedWith: [['Bonsai', 4]] },
      {
        name: 'Cutter',
        posts: 6,
        lastPost: '2025-02-10',
        weeksAway: 5,
        lastAo: 'ao-the-pit',
        postedWith: [
          ['Anvil', 4],
          ['Chowder', 4],
          ['Bonsai', 2],
        ],
      },
      {
        name: 'Gonzo',
        posts: 5,
        lastPost: '2025-01-06',
        weeksAway: 10,
        lastAo: 'ao-the-pit',
        postedWith: [
          ['Anvil', 4],
          ['Chowder', 3],
          ['Bonsai', 2],
        ],
      },
    ]);
    expect(answer.kotters[0]!.postedWith[0]!.pax).toEqual(named('U0BONSAI', 'Bonsai'));
  });

  it('over more weeks, men who were around since then count as still posting', async () => {
    const answer = await kotterInsight(t.ctx.db, { asOf: AS_OF, weeks: 8 });
    expect(answer.kotters.map((k) => [k.name, k.postedWith.map((c) => [c.pax.name, c.shared])])).toEqual([
      [
        'Gonzo',
        [
          ['Cutter', 5],
          ['Anvil', 4],
          ['Chowder', 3],
        ],
      ],
    ]);
  });

  it('asks for as many companions as wanted', async () => {
    const answer = await kotterInsight(t.ctx.db, { asOf: AS_OF, weeks: 8, companions: 1 });
    expect(answer.kotters[0]!.postedWith.map((c) => c.pax.name)).toEqual(['Cutter']);
  });
});

describe('topCompanions', () => {
  it('takes the most shared, ties by name', () => {
    const c = (name: string, shared: number) => ({ pax: named(`U${name}`, name), shared });
    expect(topCompanions([c('Zed', 3), c('Amos', 3), c('Bo', 9), c('Cy', 1)], 3).map((x) => x.pax.name)).toEqual([
      'Bo',
      'Amos',
      'Zed',
    ]);
  });
});
