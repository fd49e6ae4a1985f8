import { sql } from '../../src/db/kysely.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedChunks, writeBackblasts, type BatchOutcome } from '../../src/db/queries/backblast-batches.js';
import { saveBackblast, type BeatdownRecord } from '../../src/db/queries/backblasts.js';
import { createTestRegion, dialects, type TestRegion } from '../support/db.js';
import { attendanceByTs, dump } from '../slack-export/dump.js';

let seq = 0;
function record(overrides: Partial<BeatdownRecord> = {}): BeatdownRecord {
  seq += 1;
  return {
    ts: `17308${String(seq).padStart(5, '0')}.000100`,
    tsEdited: null,
    channel: 'C0YARD',
    aoId: 'C0YARD',
    date: `2024-11-${String((seq % 28) + 1).padStart(2, '0')}`,
    qUserId: 'UQ',
    coqUserIds: [],
    paxUserIds: ['UQ', 'UA', 'UB'],
    paxCount: 4,
    fngNames: [],
    fngCount: 0,
    title: 'Murder bunnies',
    backblast: `Backblast! Murder bunnies ${seq}\nQ: <@UQ>`,
    extra: { source: 'import', unresolved_pax: ['Uncle Rico'], warnings: [] },
    ...overrides,
  };
}

async function batch(t: TestRegion, records: BeatdownRecord[]): Promise<BatchOutcome[]> {
  const trx = await t.ctx.db.startTransaction().execute();
  try {
    const outcomes = await writeBackblasts(trx, records);
    await trx.commit().execute();
    return outcomes;
  } catch (err) {
    await trx.rollback().execute();
    throw err;
  }
}

const stored = (t: TestRegion) =>
  t.ctx.db.selectFrom('beatdowns').select(['timestamp', 'ts_edited', 'bd_date']).orderBy('timestamp').execute();

describe('fixedChunks', () => {
  it.each([0, 1, 7, 256, 300, 511, 513, 1000])(
    'splits %i rows into chunks of the size or of powers of two below it, in order',
    (n) => {
      const rows = Array.from({ length: n }, (_, i) => i);
      const chunks = fixedChunks(rows, 256);
      expect(chunks.flat()).toEqual(rows);
      for (const c of chunks) expect([256, 128, 64, 32, 16, 8, 4, 2, 1]).toContain(c.length);
      expect(chunks.filter((c) => c.length < 256).length).toBeLessThanOrEqual(8);
    },
  );
});

describe.each(dialects())('writing backblasts in batches on %s', (dialect) => {
  let t: TestRegion;
  beforeEach(async () => {
    t = await createTestRegion(dialect);
  });
  afterEach(async () => t.cleanup());

  it('writes new messages exactly as saving them one by one does', async () => {
    const records = [
      record(),
      record({
        coqUserIds: ['UC', 'UD'],
        paxUserIds: ['UA', 'UC'],
        fngNames: ['Radio', 'Tin Cup'],
        fngCount: 2,
        backblastParsed: 'parsed',
      }),
      record({ fngCount: 3, tsEdited: '1730900000.000200', aoId: 'C0GRIND', channel: 'C0REGION' }),
      record({ title: 'x'.repeat(300), fngNames: ['A very long FNG name that does not fit in the column'], fngCount: 1 }),
    ];
    const other = await createTestRegion(dialect);
    try {
      for (const r of records) await saveBackblast(other.ctx.db, r);
      expect(await batch(t, records)).toEqual(records.map(() => ({ status: 'saved', replaced: false })));
      const [mine, theirs] = [await dump(t.ctx.db), await dump(other.ctx.db)];
      expect(mine.beatdowns).toEqual(theirs.beatdowns);
      expect(mine.attendance).toEqual(theirs.attendance);
      expect(mine.attendance).toHaveLength(3 + 4 + 3 + 3);
    } finally {
      await other.cleanup();
    }
  });

  it('a batch larger than one statement (full statements and every smaller size) writes every row', async () => {
    const records = Array.from({ length: 300 }, (_, i) =>
      record({
        date: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
        qUserId: `UQ${i}`,
      }),
    );
    const other = await createTestRegion(dialect);
    try {
      for (const r of records) await saveBackblast(other.ctx.db, r);
      const outcomes = await batch(t, records);
      expect(outcomes.every((o) => o.status === 'saved')).toBe(true);
      const [mine, theirs] = [await dump(t.ctx.db), await dump(other.ctx.db)];
      expect(mine.beatdowns).toHaveLength(300);
      expect(mine.beatdowns).toEqual(theirs.beatdowns);
      expect(mine.attendance).toEqual(theirs.attendance);
    } finally {
      await other.cleanup();
    }
  });

  it('statements of a size used again carry their own rows; a failing row among them undoes only the fast path', async () => {
    // Enough rows that each dialect's full-size INSERTs repeat (SQLite 256 beatdowns, MySQL 2,048 attendance rows).
    const day = (i: number) => new Date(Date.UTC(2020, 0, 1) + Math.floor(i / 50) * 86_400_000).toISOString().slice(0, 10);
    const records = Array.from({ length: 3000 }, (_, i) =>
      record({ date: day(i), qUserId: `UQ${i % 50}`, paxUserIds: [`UP${i % 7}`, `UP${(i * 3) % 11}`], paxCount: i }),
    );
    const expected = (recs: BeatdownRecord[]) => ({
      beatdowns: recs
        .map((r) => ({
          timestamp: r.ts,
          ao_id: r.aoId,
          bd_date: r.date,
          q_user_id: r.qUserId,
          pax_count: r.paxCount,
          backblast: r.backblast,
        }))
        .sort((a, b) => (a.timestamp < b.timestamp ? -1 : 1)),
      attendance: new Map(recs.map((r) => [r.ts, [...new Set([r.qUserId, ...r.paxUserIds])].sort()])),
    });
    const actual = async () => ({
      beatdowns: await t.ctx.db
        .selectFrom('beatdowns')
        .select(['timestamp', 'ao_id', 'bd_date', 'q_user_id', 'pax_count', 'backblast'])
        .orderBy('timestamp')
        .execute(),
      attendance: await attendanceByTs(t.ctx.db),
    });
    const first = records.slice(0, 2100);
    expect(await batch(t, first)).toEqual(first.map(() => ({ status: 'saved', replaced: false })));
    expect(await actual()).toEqual(expected(first));

    const rest = records.slice(2100);
    const bad = 600;
    rest[bad] = { ...rest[bad]!, qUserId: null as unknown as string };
    const outcomes = await batch(t, rest);
    expect(outcomes[bad]).toMatchObject({ status: 'failed' });
    expect(outcomes.filter((o) => o.status === 'saved')).toHaveLength(rest.length - 1);
    expect(await actual()).toEqual(expected([...first, ...rest.filter((_, i) => i !== bad)]));
  });

  it('gives the outcomes writing them one after the other would', async () => {
    const first = record({ date: '2024-12-01' });
    await batch(t, [first]);
    const clashStored = record({ date: '2024-12-01' });
    const a = record({ date: '2024-12-02' });
    const clashInBatch = record({ date: '2024-12-02' });
    const otherQ = record({ date: '2024-12-02', qUserId: 'UZ' });
    const older = record({ date: '2024-12-03', tsEdited: '1730000000.000001' });
    const newer = { ...older, tsEdited: '1730000000.000009', paxUserIds: ['UE'] };
    const outcomes = await batch(t, [{ ...first }, clashStored, a, clashInBatch, otherQ, older, newer]);
    expect(outcomes).toEqual([
      { status: 'unchanged' },
      { status: 'duplicate', existingTs: first.ts, reason: expect.stringMatching(/already recorded/) },
      { status: 'saved', replaced: false },
      { status: 'duplicate', existingTs: a.ts, reason: expect.stringMatching(/already recorded/) },
      { status: 'saved', replaced: false },
      { status: 'unchanged' },
      { status: 'saved', replaced: false },
    ]);
    expect((await stored(t)).map((s) => s.timestamp).sort()).toEqual([first.ts, a.ts, otherQ.ts, older.ts].sort());
    const att = await t.ctx.db.selectFrom('bd_attendance').select('user_id').where('timestamp', '=', older.ts).execute();
    expect(att.map((r) => r.user_id).sort()).toEqual(['UE', 'UQ']);
  });

  it('replaces a stored message only with a later edit of it', async () => {
    const original = record({ date: '2024-12-10' });
    await batch(t, [original]);
    const moved = { ...original, date: '2024-12-09', tsEdited: '1731000000.000001', paxUserIds: ['UF'] };
    const fresh = record({ date: '2024-12-11' });
    expect(await batch(t, [moved, fresh])).toEqual([
      { status: 'saved', replaced: true },
      { status: 'saved', replaced: false },
    ]);
    expect(await batch(t, [{ ...original, tsEdited: '1730999999.000001' }])).toEqual([{ status: 'unchanged' }]);
    const rows = await stored(t);
    expect(rows.find((r) => r.timestamp === original.ts)).toEqual({
      timestamp: original.ts,
      ts_edited: moved.tsEdited,
      bd_date: '2024-12-09',
    });
    expect(rows).toHaveLength(2);
  });

  it('a record that cannot be written fails alone; the rest of its batch goes in', async () => {
    const good = record();
    const bad = record({ qUserId: null as unknown as string });
    const alsoGood = record();
    const outcomes = await batch(t, [good, bad, alsoGood]);
    expect(outcomes[0]).toEqual({ status: 'saved', replaced: false });
    expect(outcomes[1]).toMatchObject({ status: 'failed', error: expect.any(String) });
    expect(outcomes[2]).toEqual({ status: 'saved', replaced: false });
    expect((await stored(t)).map((r) => r.timestamp).sort()).toEqual([good.ts, alsoGood.ts].sort());

    // The same with a stored message being replaced in the batch (the record-by-record path).
    const edit = { ...good, tsEdited: '1731000000.000001' };
    const again = await batch(t, [edit, record({ qUserId: null as unknown as string })]);
    expect(again[0]).toEqual({ status: 'saved', replaced: true });
    expect(again[1]).toMatchObject({ status: 'failed' });
  });

  it("takes over attendance an older tool left at the beatdown's key", async () => {
    const rec = record({ date: '2024-12-20' });
    await t.ctx.db
      .insertInto('bd_attendance')
      .values(
        ['UOLD1', 'UOLD2'].map((u) => ({
          timestamp: null,
          ts_edited: null,
          user_id: u,
          ao_id: rec.aoId,
          date: rec.date,
          q_user_id: rec.qUserId,
          json: null,
        })),
      )
      .execute();
    expect(await batch(t, [rec])).toEqual([{ status: 'saved', replaced: false }]);
    const att = await t.ctx.db.selectFrom('bd_attendance').select(['user_id', 'timestamp']).orderBy('user_id').execute();
    expect(att).toEqual(['UA', 'UB', 'UQ'].map((u) => ({ user_id: u, timestamp: rec.ts })));
  });

  it('clears attendance a message kept after its beatdown was removed by hand, as saving it alone does', async () => {
    const rec = record({ date: '2024-12-21' });
    const leftover = (r: BeatdownRecord) =>
      t.ctx.db
        .insertInto('bd_attendance')
        .values({ timestamp: r.ts, ts_edited: null, user_id: `UG${r.ts.slice(0, 10)}`, ao_id: 'C0OTHER', date: '2024-12-14', q_user_id: 'UX', json: null })
        .execute();
    await leftover(rec);
    const alone = record({ date: '2024-12-22' });
    await leftover(alone);
    const savedAlone = await saveBackblast(t.ctx.db, alone);
    expect(savedAlone).toEqual({ status: 'saved', replaced: true });
    expect(await batch(t, [rec, record({ date: '2024-12-24' })])).toEqual([savedAlone, { status: 'saved', replaced: false }]);
    const att = await attendanceByTs(t.ctx.db);
    expect(att.get(rec.ts)).toEqual(['UA', 'UB', 'UQ']);
    expect(att.get(rec.ts)).toEqual(att.get(alone.ts));

    // With a record in the batch that cannot be written, the others still go in, the leftover cleared.
    const next = record({ date: '2024-12-23' });
    await leftover(next);
    const outcomes = await batch(t, [next, record({ qUserId: null as unknown as string })]);
    expect(outcomes).toMatchObject([{ status: 'saved', replaced: true }, { status: 'failed' }]);
    expect((await attendanceByTs(t.ctx.db)).get(next.ts)).toEqual(['UA', 'UB', 'UQ']);
  });

  it('a batch that fails midway leaves none of its rows behind before going record by record', async () => {
    // Enough rows that the failing statement is not the first: rows of earlier statements are in
    // when it fails, and must be gone, not doubled, once the batch goes one record at a time.
    const records = Array.from({ length: 700 }, (_, i) => record({ date: `2023-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`, qUserId: `UQ${i}` }));
    records[650] = { ...records[650]!, aoId: null as unknown as string };
    const outcomes = await batch(t, records);
    expect(outcomes[650]).toMatchObject({ status: 'failed' });
    expect(outcomes.filter((_, i) => i !== 650)).toEqual(records.slice(1).map(() => ({ status: 'saved', replaced: false })));
    const rows = await stored(t);
    expect(rows).toHaveLength(699);
    const att = await attendanceByTs(t.ctx.db);
    expect(att.size).toBe(699);
    for (const [i, r] of records.entries()) if (i !== 650) expect(att.get(r.ts)).toEqual([...new Set([r.qUserId, 'UQ', 'UA', 'UB'])].sort());
  });

  if (dialect === 'sqlite') {
    it('a failure that ends the whole transaction (a full disk) is thrown to the caller, not written around', async () => {
      const trx = await t.ctx.db.startTransaction().execute();
      try {
        await writeBackblasts(trx, Array.from({ length: 300 }, (_, i) => record({ qUserId: `UF${i}`, backblast: 'x'.repeat(2000) })));
        const pages = Number(Object.values((await sql.raw('pragma page_count').execute(trx)).rows[0] as object)[0]);
        await sql.raw(`pragma max_page_count = ${pages + 20}`).execute(trx);
        const more = Array.from({ length: 300 }, (_, i) => record({ qUserId: `UG${i}`, backblast: 'x'.repeat(2000) }));
        // SQLite ends the transaction on SQLITE_FULL: going record by record now would commit each one
        // on its own, and lose the earlier batches without a word.
        await expect(writeBackblasts(trx, more)).rejects.toMatchObject({ code: 'SQLITE_FULL' });
      } finally {
        await trx.rollback().execute().catch(() => undefined);
        await sql.raw('pragma max_page_count = 1073741823').execute(t.ctx.db);
      }
      expect(await stored(t)).toEqual([]);
    });
  }
});
