import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storedValues } from '../../../src/slack/backblasts/stored.js';
import { createTestRegion, dialects, type TestRegion } from '../../support/db.js';

describe.each(dialects())('the edit form filled from a stored beatdown on %s', (dialect) => {
  let t: TestRegion;
  beforeEach(async () => {
    t = await createTestRegion(dialect);
  });
  afterEach(async () => t.cleanup());

  it('keeps the Co-Q of a row PAXminer wrote (coq_user_id, no json) out of the PAX', async () => {
    const ts = '1730800000.000100';
    await t.ctx.db
      .insertInto('beatdowns')
      .values({
        timestamp: ts,
        ts_edited: null,
        ao_id: 'C0YARD',
        bd_date: '2024-11-05',
        q_user_id: 'UQ',
        coq_user_id: 'UCOQ',
        pax_count: 3,
        backblast: 'Backblast! Murder bunnies',
        backblast_parsed: null,
        fngs: 'None',
        fng_count: 0,
        json: null,
      })
      .execute();
    await t.ctx.db
      .insertInto('bd_attendance')
      .values(
        ['UQ', 'UCOQ', 'UA'].map((user_id) => ({
          timestamp: ts,
          ts_edited: null,
          user_id,
          ao_id: 'C0YARD',
          date: '2024-11-05',
          q_user_id: 'UQ',
          json: null,
        })),
      )
      .execute();

    const stored = await storedValues(t.ctx.db, ts);
    expect(stored?.source).toBeNull();
    expect(stored?.values).toMatchObject({
      title: '',
      date: '2024-11-05',
      aoChannelId: 'C0YARD',
      qUserId: 'UQ',
      coqUserIds: ['UCOQ'],
      paxUserIds: ['UA'],
      paxNames: [],
      fngNames: [],
      count: null,
    });
  });
});
