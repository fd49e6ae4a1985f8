import type { CompiledQuery, ControlledTransaction } from 'kysely';
import { isNewerEdit } from '../../ts.js';
import { dialectOf, isBadValue, isUniqueViolation } from '../dialect.js';
import type { Database, Db } from '../types.js';
import {
  ATTENDANCE_COLUMNS,
  attendanceValues,
  attendeesOf,
  beatdownRow,
  writeBackblast,
  type BeatdownRecord,
  type SaveOutcome,
} from './backblasts.js';

export type BatchOutcome = SaveOutcome | { status: 'unchanged' } | { status: 'failed'; error: string };

type Trx = ControlledTransaction<Database>;

/**
 * The attendance of `fresh` as values, rows in primary-key order (Q, user, AO, date), so each index
 * page is visited once rather than at random. Grouped by Q, then by user, each level sorted: a
 * batch has a few hundred Qs and few rows per Q and user, so this sorts short lists of short keys
 * rather than every row by a key built for it.
 */
function attendanceInKeyOrder(fresh: readonly BeatdownRecord[]): unknown[] {
  const byQ = new Map<string, Map<string, BeatdownRecord[]>>();
  for (const rec of fresh) {
    let byUser = byQ.get(rec.qUserId);
    if (!byUser) byQ.set(rec.qUserId, (byUser = new Map()));
    for (const user of attendeesOf(rec)) {
      const list = byUser.get(user);
      if (list) list.push(rec);
      else byUser.set(user, [rec]);
    }
  }
  const values: unknown[] = [];
  for (const q of [...byQ.keys()].sort()) {
    const byUser = byQ.get(q)!;
    for (const user of [...byUser.keys()].sort()) {
      const recs = byUser.get(user)!;
      if (recs.length > 1) recs.sort((a, b) => codeUnitOrder(a.aoId, b.aoId) || codeUnitOrder(a.date, b.date));
      for (const rec of recs) attendanceValues(rec, user, values);
    }
  }
  return values;
}

const codeUnitOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The `beatdowns` rows of `fresh` as values, with their columns. */
function beatdownValues(fresh: readonly BeatdownRecord[]): { columns: string[]; values: unknown[] } {
  const rows = fresh.map(beatdownRow) as Record<string, unknown>[];
  const columns = Object.keys(rows[0] ?? {});
  const values: unknown[] = [];
  for (const row of rows) for (const c of columns) values.push(row[c] ?? null);
  return { columns, values };
}

const keyOf = (aoId: string, date: string, qUserId: string) => `${aoId}\u0000${date}\u0000${qUserId}`;
const distinct = <T>(values: T[]) => [...new Set(values)];

// Rows per INSERT: large enough that a statement carries many rows; on SQLite small enough to stay
// far under its 32,766 parameters (12 a beatdown, 7 an attendance row), on MySQL (values sent inline)
// under its 16 MB packet even with long backblasts.
const LOOKUP_KEYS = 512;
const ROWS = { sqlite: { beatdowns: 256, bd_attendance: 512 }, mysql: { beatdowns: 1024, bd_attendance: 2048 } };

/** Chunk lengths for `count` rows: `size` while it fits, then the rest in powers of two, so every chunk has one of a few lengths. */
function chunkSizes(count: number, size: number): number[] {
  const sizes: number[] = [];
  let left = count;
  for (; left >= size; left -= size) sizes.push(size);
  for (let piece = size / 2; piece >= 1; piece /= 2) {
    if (left >= piece) {
      sizes.push(piece);
      left -= piece;
    }
  }
  return sizes;
}

/** `rows` in chunks of `size`, the rest in powers of two: every chunk has one of a few sizes. */
export function fixedChunks<T>(rows: T[], size: number): T[][] {
  let at = 0;
  return chunkSizes(rows.length, size).map((n) => rows.slice(at, (at += n)));
}

/**
 * The multi-row INSERTs a writer has built, by table and row count: one statement of each size is
 * built by Kysely, and later chunks of that size reuse its SQL with their own values. Held for one
 * database (one region) only: its SQL may name the region's schema.
 */
export type InsertTemplates = Map<string, CompiledQuery>;

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Writes many backblasts inside the caller's transaction with the outcomes writeBackblast would give
 * one after the other: the latest edit of a message wins, an already stored message that is not a
 * newer edit is `unchanged`, a clash on AO + date + Q with another message is a `duplicate`.
 * New messages go in with a few multi-row statements; a batch that replaces stored messages goes one
 * record at a time, each under a savepoint so a failing record is reported without undoing the others.
 */
export async function writeBackblasts(
  trx: Trx,
  records: readonly BeatdownRecord[],
  templates: InsertTemplates = new Map(),
): Promise<BatchOutcome[]> {
  const outcomes: BatchOutcome[] = new Array(records.length);
  if (records.length === 0) return outcomes;

  // One version per message: the newest edit, else the last seen.
  const latest = new Map<string, number>();
  records.forEach((rec, i) => {
    const seen = latest.get(rec.ts);
    if (seen === undefined || !isNewerEdit(records[seen]!.tsEdited, rec.tsEdited)) latest.set(rec.ts, i);
  });
  // Looked up a few fixed-size lists at a time, so the statements repeat (and are prepared once)
  // rather than one of thousands of parameters, new every batch, filling the statement cache.
  const stored = new Map<string, string | null>();
  for (const list of fixedChunks([...latest.keys()], LOOKUP_KEYS)) {
    const rows = await trx.selectFrom('beatdowns').select(['timestamp', 'ts_edited']).where('timestamp', 'in', list).execute();
    for (const r of rows) stored.set(r.timestamp!, r.ts_edited);
  }

  const pending: number[] = [];
  let replaces = false;
  records.forEach((rec, i) => {
    if (latest.get(rec.ts) !== i) outcomes[i] = { status: 'unchanged' };
    else if (stored.has(rec.ts) && !isNewerEdit(rec.tsEdited, stored.get(rec.ts))) outcomes[i] = { status: 'unchanged' };
    else {
      if (stored.has(rec.ts)) replaces = true;
      pending.push(i);
    }
  });
  if (pending.length === 0) return outcomes;
  if (!replaces) {
    const inserted = await insertNew(trx, records, pending, outcomes, templates);
    if (inserted) return outcomes;
  }
  for (const i of pending) outcomes[i] = await writeOne(trx, records[i]!);
  return outcomes;
}

async function writeOne(trx: Trx, rec: BeatdownRecord): Promise<BatchOutcome> {
  const sp = await trx.savepoint('record').execute();
  try {
    const outcome = await writeBackblast(sp, rec);
    await sp.releaseSavepoint('record').execute();
    return outcome;
  } catch (err) {
    await sp.rollbackToSavepoint('record').execute();
    return { status: 'failed', error: message(err) };
  }
}

/**
 * The fast path for messages not stored yet. False (nothing written) when a statement fails, so the
 * caller can go record by record and find the one at fault.
 */
async function insertNew(
  trx: Trx,
  records: readonly BeatdownRecord[],
  pending: number[],
  outcomes: BatchOutcome[],
  templates: InsertTemplates,
) {
  const recs = pending.map((i) => records[i]!);
  const aos = distinct(recs.map((r) => r.aoId));
  const dates = distinct(recs.map((r) => r.date));
  const claimed = new Map<string, string | null>();
  const clashes = await trx
    .selectFrom('beatdowns')
    .select(['ao_id', 'bd_date', 'q_user_id', 'timestamp'])
    .where('ao_id', 'in', aos)
    .where('bd_date', 'in', dates)
    .execute();
  for (const c of clashes) claimed.set(keyOf(c.ao_id, c.bd_date, c.q_user_id), c.timestamp);

  const fresh: BeatdownRecord[] = [];
  const decided: Array<[number, BatchOutcome]> = [];
  for (const i of pending) {
    const rec = records[i]!;
    const key = keyOf(rec.aoId, rec.date, rec.qUserId);
    if (claimed.has(key)) {
      decided.push([
        i,
        {
          status: 'duplicate',
          existingTs: claimed.get(key) ?? null,
          reason: `a backblast for this AO on ${rec.date} with the same Q is already recorded`,
        },
      ]);
    } else {
      claimed.set(key, rec.ts);
      fresh.push(rec);
      decided.push([i, { status: 'saved', replaced: false }]);
    }
  }

  if (fresh.length === 0) {
    for (const [i, outcome] of decided) outcomes[i] = outcome;
    return true;
  }
  // Attendance left without its beatdown is cleared first, as writeBackblast does. Only then is a
  // savepoint needed to undo a failure: SQLite copies every page written under a savepoint, a tenth
  // of a bulk load's time. Without one, every row the batch inserts carries one of `fresh`'s
  // timestamps, which no row had before (none is stored; no attendance was left), so deleting
  // those rows undoes a statement refused for a row's values exactly. Any other failure (a full
  // disk, a deadlock) may have ended the whole transaction: it is the caller's to handle.
  const stale = await staleAttendance(trx, fresh);
  const sp = stale.deletes.length > 0 ? await trx.savepoint('batch').execute() : null;
  const db = sp ?? trx;
  try {
    for (const rows of stale.deletes) await rows.execute(db);
    const beatdowns = beatdownValues(fresh);
    await insertValues(db, 'beatdowns', beatdowns.columns, beatdowns.values, templates);
    await insertValues(db, 'bd_attendance', ATTENDANCE_COLUMNS, attendanceInKeyOrder(fresh), templates);
    await sp?.releaseSavepoint('batch').execute();
  } catch (err) {
    if (sp) await sp.rollbackToSavepoint('batch').execute();
    else if (!isUniqueViolation(err) && !isBadValue(err)) throw err;
    else await deleteByTimestamp(trx, fresh.map((r) => r.ts));
    return false;
  }
  for (const [i, outcome] of decided) {
    // Attendance a message had left behind is replaced, as removeRows reports it in writeBackblast.
    const rec = records[i]!;
    outcomes[i] = outcome.status === 'saved' && stale.leftBy.has(rec.ts) ? { status: 'saved', replaced: true } : outcome;
  }
  return true;
}

type BulkTable = 'beatdowns' | 'bd_attendance';

/**
 * Inserts rows given as values (row after row, in `columns` order) with statements of a few fixed
 * sizes, so their SQL repeats and SQLite prepares each once (the connection keeps prepared
 * statements). Kysely builds the first statement of each size; the next ones reuse its SQL with
 * their own values, rather than each becoming a query tree of thousands of nodes to compile again.
 * On SQLite, OR FAIL: SQLite keeps no statement journal (every page a multi-row INSERT touches,
 * copied to a temporary file first, so that a failing row undoes its statement alone), and
 * insertNew undoes the whole batch anyway.
 */
async function insertValues(
  db: Db,
  table: BulkTable,
  columns: readonly string[],
  values: unknown[],
  templates: InsertTemplates,
): Promise<void> {
  const dialect = dialectOf(db);
  const width = columns.length;
  let at = 0;
  for (const count of chunkSizes(values.length / width, ROWS[dialect][table])) {
    const parameters = values.slice(at, (at += count * width));
    const template = templates.get(`${table} ${count}`);
    if (template) {
      await db.executeQuery({ ...template, parameters });
      continue;
    }
    const rows = Array.from({ length: count }, (_, r) => Object.fromEntries(columns.map((c, i) => [c, parameters[r * width + i]])));
    const query = db.insertInto(table).values(rows as never);
    const compiled = (dialect === 'sqlite' ? query.orFail() : query).compile();
    // Reused only while Kysely's parameters are exactly the rows' values in that order.
    if (compiled.parameters.length === parameters.length && compiled.parameters.every((v, i) => v === parameters[i])) {
      templates.set(`${table} ${count}`, compiled);
    }
    await db.executeQuery(compiled);
  }
}

/**
 * The deletes of attendance without a beatdown that `fresh` takes over, as writeBackblast makes
 * them: rows an older tool left at a beatdown's key (they would collide: the key is ours now), and
 * rows of one of these messages left behind when its beatdown was removed by hand.
 */
async function staleAttendance(
  trx: Db,
  fresh: BeatdownRecord[],
): Promise<{ deletes: Array<{ execute(db: Db): Promise<unknown> }>; leftBy: Set<string> }> {
  const keys = new Set(fresh.map((r) => keyOf(r.aoId, r.date, r.qUserId)));
  const atKeys = await trx
    .selectFrom('bd_attendance')
    .select(['ao_id', 'date', 'q_user_id'])
    .distinct()
    .where('ao_id', 'in', distinct(fresh.map((r) => r.aoId)))
    .where('date', 'in', distinct(fresh.map((r) => r.date)))
    .execute();
  const deletes = atKeys
    .filter((row) => keys.has(keyOf(row.ao_id, row.date, row.q_user_id)))
    .map((row) => ({
      execute: (db: Db) =>
        db
          .deleteFrom('bd_attendance')
          .where('ao_id', '=', row.ao_id)
          .where('date', '=', row.date)
          .where('q_user_id', '=', row.q_user_id)
          .execute(),
    }));
  const leftBy = new Set<string>();
  for (const list of fixedChunks(fresh.map((r) => r.ts), LOOKUP_KEYS)) {
    const left = await trx.selectFrom('bd_attendance').select('timestamp').distinct().where('timestamp', 'in', list).execute();
    for (const row of left) leftBy.add(row.timestamp!);
    if (left.length > 0) deletes.push({ execute: (db: Db) => db.deleteFrom('bd_attendance').where('timestamp', 'in', list).execute() });
  }
  return { deletes, leftBy };
}

/** Removes every row of these messages (a failed batch, undone without a savepoint). */
async function deleteByTimestamp(trx: Db, timestamps: string[]): Promise<void> {
  for (const list of fixedChunks(timestamps, LOOKUP_KEYS)) {
    await trx.deleteFrom('bd_attendance').where('timestamp', 'in', list).execute();
    await trx.deleteFrom('beatdowns').where('timestamp', 'in', list).execute();
  }
}
