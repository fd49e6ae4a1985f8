import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  attendanceOf,
  deleteBackblast,
  findBeatdownByTs,
  saveBackblast,
  type BeatdownRecord,
} from '../../src/db/queries/backblasts.js';
import { createTestRegion, dialects, type TestRegion } from '../support/db.js';

function record(overrides: Partial<BeatdownRecord> = {}): BeatdownRecord {
  return {
    ts: '1730800000.000100',
    tsEdited: null,
    channel: 'C0YARD',
    aoId: 'C0YARD',
    date: '2024-11-05',
    qUserId: 'UQ',
    coqUserIds: ['UCOQ'],
    paxUserIds: ['UQ', 'UA', 'UB', 'UA'],
    paxCount: 5,
    fngNames: ['Radio'],
    fngCount: 1,
    title: 'Murder bunnies',
    backblast: 'Backblast! Murder bunnies\nQ: <@UQ>',
    ...overrides,
  };
}

async function counts(t: TestRegion) {
  const bd = await t.ctx.db
    .selectFrom('beatdowns')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const att = await t.ctx.db
    .selectFrom('bd_attendance')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { beatdowns: Number(bd.n), attendance: Number(att.n) };
}

describe.each(dialects())('backblast storage on %s', (dialect) => {
  let t: TestRegion;
  beforeEach(async () => {
    t = await createTestRegion(dialect);
  });
  afterEach(async () => t.cleanup());

  it('saves a beatdown and one attendance row per person, Q and Co-Q included', async () => {
    expect(await saveBackblast(t.ctx.db, record())).toEqual({ status: 'saved', replaced: false });
    const bd = await findBeatdownByTs(t.ctx.db, '1730800000.000100');
    expect(bd).toMatchObject({
      ao_id: 'C0YARD',
      bd_date: '2024-11-05',
      q_user_id: 'UQ',
      coq_user_id: 'UCOQ',
      pax_count: 5,
      fngs: 'Radio',
      fng_count: 1,
      ts_edited: null,
    });
    expect(await attendanceOf(t.ctx.db, '1730800000.000100')).toEqual(['UA', 'UB', 'UCOQ', 'UQ']);
  });

  it('saving the same message twice leaves one beatdown and its attendance', async () => {
    await saveBackblast(t.ctx.db, record());
    expect(await saveBackblast(t.ctx.db, record())).toEqual({ status: 'saved', replaced: true });
    expect(await counts(t)).toEqual({ beatdowns: 1, attendance: 4 });
  });

  it('concurrent deliveries of one message end as one delivery would', async () => {
    await Promise.all([saveBackblast(t.ctx.db, record()), saveBackblast(t.ctx.db, record()), saveBackblast(t.ctx.db, record())]);
    expect(await counts(t)).toEqual({ beatdowns: 1, attendance: 4 });
  });

  it('an edit replaces the rows of its message, even when the date moves', async () => {
    await saveBackblast(t.ctx.db, record());
    await saveBackblast(
      t.ctx.db,
      record({ date: '2024-11-04', paxUserIds: ['UC'], coqUserIds: [], tsEdited: '1730900000.000200' }),
    );
    expect(await counts(t)).toEqual({ beatdowns: 1, attendance: 2 });
    expect(await findBeatdownByTs(t.ctx.db, '1730800000.000100')).toMatchObject({
      bd_date: '2024-11-04',
      ts_edited: '1730900000.000200',
    });
  });

  it('refuses a second message with the same AO, date and Q, naming the first', async () => {
    await saveBackblast(t.ctx.db, record());
    const outcome = await saveBackblast(t.ctx.db, record({ ts: '1730800999.000100', paxUserIds: ['UZ'] }));
    expect(outcome).toMatchObject({ status: 'duplicate', existingTs: '1730800000.000100' });
    expect(await counts(t)).toEqual({ beatdowns: 1, attendance: 4 });
    expect(await attendanceOf(t.ctx.db, '1730800000.000100')).not.toContain('UZ');
  });

  it('a save that fails midway leaves nothing behind, and the earlier version of the message stays whole', async () => {
    await saveBackblast(t.ctx.db, record());
    const broken = record({ paxUserIds: ['UA', null as unknown as string], tsEdited: '1730900000.000200' });
    await expect(saveBackblast(t.ctx.db, broken)).rejects.toThrow();
    expect(await counts(t)).toEqual({ beatdowns: 1, attendance: 4 });
    expect(await findBeatdownByTs(t.ctx.db, '1730800000.000100')).toMatchObject({ ts_edited: null });

    const fresh = record({ ts: '1730811111.000100', date: '2024-11-06', paxUserIds: [null as unknown as string] });
    await expect(saveBackblast(t.ctx.db, fresh)).rejects.toThrow();
    expect(await findBeatdownByTs(t.ctx.db, '1730811111.000100')).toBeUndefined();
    expect(await counts(t)).toEqual({ beatdowns: 1, attendance: 4 });
  });

  it('deletes by message ts', async () => {
    await saveBackblast(t.ctx.db, record());
    await saveBackblast(t.ctx.db, record({ ts: '1730899999.000100', date: '2024-11-07' }));
    expect(await deleteBackblast(t.ctx.db, '1730800000.000100')).toBe(true);
    expect(await deleteBackblast(t.ctx.db, '1730800000.000100')).toBe(false);
    expect(await counts(t)).toEqual({ beatdowns: 1, attendance: 4 });
  });

  it('shows saved backblasts through PAXminer views', async () => {
    await t.ctx.db
      .insertInto('users')
      .values([
        { user_id: 'UQ', user_name: 'Doppler', real_name: 'D' },
        { user_id: 'UCOQ', user_name: 'Slice', real_name: 'S' },
      ])
      .execute();
    await saveBackblast(t.ctx.db, record());
    expect(await t.ctx.db.selectFrom('beatdown_info').selectAll().execute()).toEqual([
      { Date: '2024-11-05', AO: null, Q: 'Doppler', Q_Is_App: 0, CoQ: 'Slice', pax_count: 5, fngs: 'Radio', fng_count: 1 },
    ]);
    const pax = await t.ctx.db.selectFrom('attendance_view').select('PAX').orderBy('PAX').execute();
    expect(pax.map((p) => p.PAX)).toEqual([null, null, 'Doppler', 'Slice']);
  });
});
