import type { Db } from '../types.js';
import { dialectOf } from '../dialect.js';

// FNGs named in backblasts (fng_names) and their link to a Slack member.

export async function beatdownsWithFngs(db: Db) {
  return db
    .selectFrom('beatdowns')
    .select(['ao_id as aoId', 'bd_date as date', 'q_user_id as qUserId', 'fngs', 'json', 'timestamp'])
    .where('fng_count', '>', 0)
    .execute();
}

export interface FngRow {
  aoId: string;
  date: string;
  qUserId: string;
  normName: string;
  name: string;
  userId: string | null;
  told: string | null;
}

const columns = [
  'ao_id as aoId',
  'bd_date as date',
  'q_user_id as qUserId',
  'norm_name as normName',
  'name',
  'user_id as userId',
  'told',
] as const;

export async function insertFngNames(
  db: Db,
  rows: Array<{ ao_id: string; bd_date: string; q_user_id: string; norm_name: string; name: string }>,
) {
  for (let i = 0; i < rows.length; i += 200) {
    const q = db
      .insertInto('fng_names')
      .values(rows.slice(i, i + 200).map((r) => ({ ...r, user_id: null, linked_at: null, told: null })));
    await (dialectOf(db) === 'mysql' ? q.ignore() : q.onConflict((oc) => oc.doNothing())).execute();
  }
}

export async function unlinkedFngs(db: Db): Promise<FngRow[]> {
  return db.selectFrom('fng_names').select(columns).where('user_id', 'is', null).orderBy('bd_date').execute();
}

export async function fngsBetween(db: Db, from: string, to: string): Promise<FngRow[]> {
  return db
    .selectFrom('fng_names')
    .select(columns)
    .where('bd_date', '>=', from)
    .where('bd_date', '<=', to)
    .orderBy('bd_date')
    .execute();
}

export async function fngsNamed(db: Db, normNames: string[]): Promise<FngRow[]> {
  if (normNames.length === 0) return [];
  return db.selectFrom('fng_names').select(columns).where('norm_name', 'in', normNames).orderBy('bd_date').execute();
}

async function updateFngName(
  db: Db,
  row: FngRow,
  values: { user_id?: string; linked_at?: number; told?: string },
): Promise<void> {
  await db
    .updateTable('fng_names')
    .set(values)
    .where('ao_id', '=', row.aoId)
    .where('bd_date', '=', row.date)
    .where('q_user_id', '=', row.qUserId)
    .where('norm_name', '=', row.normName)
    .execute();
}

export async function linkFngName(db: Db, row: FngRow, userId: string, at: number): Promise<void> {
  await updateFngName(db, row, { user_id: userId, linked_at: at });
}

export async function markFngTold(db: Db, row: FngRow, told: 'sending' | 'sent' | 'failed'): Promise<void> {
  await updateFngName(db, row, { told });
}

/** Did he post after a day (linked men only)? */
export async function postedAfter(db: Db, userIds: string[], date: string): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('bd_attendance')
    .select('user_id')
    .distinct()
    .where('user_id', 'in', userIds)
    .where('date', '>', date)
    .execute();
  return new Set(rows.map((r) => r.user_id));
}

/** Adds a linked FNG to the attendance of the beatdown he was named at (kept if already there). */
export async function addAttendance(db: Db, row: FngRow, userId: string): Promise<void> {
  const bd = await db
    .selectFrom('beatdowns')
    .select(['timestamp', 'ts_edited'])
    .where('ao_id', '=', row.aoId)
    .where('bd_date', '=', row.date)
    .where('q_user_id', '=', row.qUserId)
    .executeTakeFirst();
  const q = db.insertInto('bd_attendance').values({
    timestamp: bd?.timestamp ?? null,
    ts_edited: bd?.ts_edited ?? null,
    user_id: userId,
    ao_id: row.aoId,
    date: row.date,
    q_user_id: row.qUserId,
    json: JSON.stringify({ linked_fng: row.name }),
  });
  await (dialectOf(db) === 'mysql' ? q.ignore() : q.onConflict((oc) => oc.doNothing())).execute();
}

export async function setStartDateIfNone(db: Db, userId: string, date: string): Promise<void> {
  await db.updateTable('users').set({ start_date: date }).where('user_id', '=', userId).where('start_date', 'is', null).execute();
}

/** Did he post on or before a day (then he was no FNG then)? */
export async function postedBy(db: Db, userId: string, date: string): Promise<boolean> {
  const row = await db
    .selectFrom('bd_attendance')
    .select('user_id')
    .where('user_id', '=', userId)
    .where('date', '<=', date)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
