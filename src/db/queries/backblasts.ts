import type { Insertable, Kysely } from 'kysely';
import { whenFree } from '../busy.js';
import { isUniqueViolation } from '../dialect.js';
import type { BeatdownRecord } from '../../backblast/types.js';
import type { BdAttendanceTable, BeatdownsTable, Database, Db } from '../types.js';
import { fit } from './users.js';

export type { BeatdownRecord };

export type SaveOutcome =
  { status: 'saved'; replaced: boolean } | { status: 'duplicate'; existingTs: string | null; reason: string };

/** The `beatdowns` row of a record (the bulk writer of the importer builds the same). */
export function beatdownRow(rec: BeatdownRecord): Insertable<BeatdownsTable> {
  const fngs = rec.fngNames.length > 0 ? fit(rec.fngNames.join(', ')) : rec.fngCount > 0 ? String(rec.fngCount) : 'None';
  return {
    timestamp: rec.ts,
    ts_edited: rec.tsEdited,
    ao_id: rec.aoId,
    bd_date: rec.date,
    q_user_id: rec.qUserId,
    coq_user_id: rec.coqUserIds[0] ?? null,
    pax_count: rec.paxCount,
    backblast: rec.backblast,
    backblast_parsed: rec.backblastParsed ?? rec.backblast,
    fngs,
    fng_count: rec.fngCount,
    json: JSON.stringify({
      title: rec.title,
      channel: rec.channel,
      coq_user_ids: rec.coqUserIds,
      fng_names: rec.fngNames,
      ...rec.extra,
    }),
  };
}

/** Everyone a record puts in `bd_attendance`: the Q, the Co-Qs and the PAX, each once. */
export function attendeesOf(rec: BeatdownRecord): string[] {
  return [...new Set([rec.qUserId, ...rec.coqUserIds, ...rec.paxUserIds])];
}

/** `bd_attendance`'s columns, in the order attendanceValues gives them. */
export const ATTENDANCE_COLUMNS = ['timestamp', 'ts_edited', 'user_id', 'ao_id', 'date', 'q_user_id', 'json'] as const;

/**
 * One attendee's `bd_attendance` row as values in ATTENDANCE_COLUMNS order, appended to `into`
 * (the importer appends a batch's rows to one list and binds it as it is).
 */
export function attendanceValues(rec: BeatdownRecord, userId: string, into: unknown[] = []): unknown[] {
  into.push(rec.ts, rec.tsEdited, userId, rec.aoId, rec.date, rec.qUserId, null);
  return into;
}

/** One `bd_attendance` row per attendee, Q and Co-Qs included, each once. */
export function attendanceRows(rec: BeatdownRecord): Insertable<BdAttendanceTable>[] {
  return attendeesOf(rec).map((userId) => {
    const values = attendanceValues(rec, userId);
    return Object.fromEntries(ATTENDANCE_COLUMNS.map((c, i) => [c, values[i]])) as Insertable<BdAttendanceTable>;
  });
}

/**
 * The writes of one save, inside a transaction the caller holds (the importer batches many).
 * Nothing is written when the outcome is `duplicate`.
 */
export async function writeBackblast(trx: Db, rec: BeatdownRecord): Promise<SaveOutcome> {
  const clash = await trx
    .selectFrom('beatdowns')
    .select('timestamp')
    .where('ao_id', '=', rec.aoId)
    .where('bd_date', '=', rec.date)
    .where('q_user_id', '=', rec.qUserId)
    .executeTakeFirst();
  if (clash && clash.timestamp !== rec.ts) {
    return {
      status: 'duplicate',
      existingTs: clash.timestamp,
      reason: `a backblast for this AO on ${rec.date} with the same Q is already recorded`,
    };
  }
  const replaced = await removeRows(trx, rec.ts);
  // Attendance left at this key by an older tool (no ts) would collide; the key is ours now.
  await trx
    .deleteFrom('bd_attendance')
    .where('ao_id', '=', rec.aoId)
    .where('date', '=', rec.date)
    .where('q_user_id', '=', rec.qUserId)
    .execute();
  await trx.insertInto('beatdowns').values(beatdownRow(rec)).execute();
  const rows = attendanceRows(rec);
  for (let i = 0; i < rows.length; i += 200) {
    await trx
      .insertInto('bd_attendance')
      .values(rows.slice(i, i + 200))
      .execute();
  }
  return { status: 'saved', replaced };
}

function saveOnce(db: Kysely<Database>, rec: BeatdownRecord): Promise<SaveOutcome> {
  return db.transaction().execute((trx) => writeBackblast(trx, rec));
}

/**
 * Saves a backblast atomically: a save of the same message ts replaces its rows; another message
 * already holding the same AO, date and Q is refused (PAXminer's key).
 */
export async function saveBackblast(db: Kysely<Database>, rec: BeatdownRecord): Promise<SaveOutcome> {
  let attempts = 0;
  // Two deliveries of one message racing: the loser runs again and now sees the winner's rows.
  const racing = (err: unknown) => isUniqueViolation(err) && attempts < 5;
  return whenFree(
    () => {
      attempts += 1;
      return saveOnce(db, rec);
    },
    { alsoRetry: racing },
  );
}

async function removeRows(db: Db, ts: string): Promise<boolean> {
  const att = await db.deleteFrom('bd_attendance').where('timestamp', '=', ts).executeTakeFirst();
  const bd = await db.deleteFrom('beatdowns').where('timestamp', '=', ts).executeTakeFirst();
  return Number(bd.numDeletedRows) > 0 || Number(att.numDeletedRows) > 0;
}

/** Removes the beatdown and attendance of a message; true when there was something to remove. */
export async function deleteBackblast(db: Kysely<Database>, ts: string): Promise<boolean> {
  return whenFree(() => db.transaction().execute((trx) => removeRows(trx, ts)));
}

export async function findBeatdownByTs(db: Db, ts: string) {
  return db.selectFrom('beatdowns').selectAll().where('timestamp', '=', ts).executeTakeFirst();
}

export async function findBeatdown(db: Db, key: { aoId: string; date: string; qUserId: string }) {
  return db
    .selectFrom('beatdowns')
    .selectAll()
    .where('ao_id', '=', key.aoId)
    .where('bd_date', '=', key.date)
    .where('q_user_id', '=', key.qUserId)
    .executeTakeFirst();
}

export async function attendanceOf(db: Db, ts: string): Promise<string[]> {
  const rows = await db.selectFrom('bd_attendance').select('user_id').where('timestamp', '=', ts).orderBy('user_id').execute();
  return rows.map((r) => r.user_id);
}
