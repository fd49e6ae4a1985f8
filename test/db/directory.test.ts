import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { upsertUsers, findUser } from '../../src/db/queries/users.js';
import { upsertAos, findAo, markAosWithBackblasts } from '../../src/db/queries/aos.js';
import { saveBackblast } from '../../src/db/queries/backblasts.js';
import { createTestRegion, dialects, type TestRegion } from '../support/db.js';

describe.each(dialects())('users and channels on %s', (dialect) => {
  let t: TestRegion;
  beforeEach(async () => {
    t = await createTestRegion(dialect);
  });
  afterEach(async () => t.cleanup());

  it('upserts users in bulk, refreshing names and keeping start_date', async () => {
    const many = Array.from({ length: 450 }, (_, i) => ({ id: `U${i}`, name: `pax${i}`, profile: { display_name: `Pax ${i}` } }));
    await upsertUsers(t.ctx.db, many);
    await t.ctx.db.updateTable('users').set({ start_date: '2020-01-01' }).where('user_id', '=', 'U7').execute();
    await upsertUsers(t.ctx.db, [
      { id: 'U7', name: 'pax7', profile: { display_name: 'Señor Chang 🌮', real_name: 'Ben Chang', email: 'b@x.org' } },
    ]);
    expect(await findUser(t.ctx.db, 'U7')).toMatchObject({
      user_name: 'Señor Chang 🌮',
      real_name: 'Ben Chang',
      email: 'b@x.org',
      start_date: '2020-01-01',
      app: 0,
    });
    const n = await t.ctx.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(450);
  });

  it('fits long names into PAXminer varchar(45) columns', async () => {
    await upsertUsers(t.ctx.db, [{ id: 'U1', profile: { display_name: 'x'.repeat(80) }, is_bot: true }]);
    const u = await findUser(t.ctx.db, 'U1');
    expect(u?.user_name).toHaveLength(45);
    expect(u?.app).toBe(1);
  });

  it('upserts channels without overwriting the backblast switch or creation time with unknowns', async () => {
    await upsertAos(t.ctx.db, [{ id: 'C1', name: 'ao-the-yard', created: 1600000000 }]);
    await t.ctx.db.updateTable('aos').set({ backblast: 1 }).execute();
    await upsertAos(t.ctx.db, [{ id: 'C1', name: 'ao-the-yard-2', is_archived: true }]);
    expect(await findAo(t.ctx.db, 'C1')).toEqual({
      channel_id: 'C1',
      ao: 'ao-the-yard-2',
      channel_created: 1600000000,
      archived: 1,
      backblast: 1,
    });
  });

  it("switches PAXminer's backblast flag on for channels with beatdowns, leaving a region's choice alone", async () => {
    await upsertAos(t.ctx.db, [
      { id: 'C1', name: 'ao-the-yard' },
      { id: 'C2', name: 'ao-the-pit' },
      { id: 'C3', name: 'general' },
    ]);
    await t.ctx.db.updateTable('aos').set({ backblast: 0 }).where('channel_id', '=', 'C2').execute();
    for (const [ts, ao] of [
      ['1.1', 'C1'],
      ['1.2', 'C2'],
    ] as const) {
      await saveBackblast(t.ctx.db, {
        ts,
        tsEdited: null,
        channel: ao,
        aoId: ao,
        date: '2025-09-01',
        qUserId: 'UQ',
        coqUserIds: [],
        paxUserIds: ['UQ'],
        paxCount: 1,
        fngNames: [],
        fngCount: 0,
        title: 't',
        backblast: 'b',
      });
    }
    expect(await markAosWithBackblasts(t.ctx.db)).toBe(1);
    const flags = await t.ctx.db.selectFrom('aos').select(['channel_id', 'backblast']).orderBy('channel_id').execute();
    expect(flags).toEqual([
      { channel_id: 'C1', backblast: 1 },
      { channel_id: 'C2', backblast: 0 },
      { channel_id: 'C3', backblast: null },
    ]);
  });
});
