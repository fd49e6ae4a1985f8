import { sql } from '../kysely.js';
import type { Selectable } from 'kysely';
import { dialectOf } from '../dialect.js';
import type { Db, WeeklyDeliveriesTable } from '../types.js';

// The weekly report's data: site Qs, posts and leads, and its ledger (weekly_deliveries).

export async function siteQs(db: Db): Promise<Map<string, string[]>> {
  const rows = await db.selectFrom('ao_site_qs').select(['ao_id', 'user_id']).orderBy('ao_id').orderBy('set_at').execute();
  const map = new Map<string, string[]>();
  for (const r of rows) map.set(r.ao_id, [...(map.get(r.ao_id) ?? []), r.user_id]);
  return map;
}

/** Replaces an AO's site Qs (none: the report for it goes to the admins). */
export async function setSiteQs(db: Db, aoId: string, userIds: string[], by: string, at: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('ao_site_qs').where('ao_id', '=', aoId).execute();
    if (userIds.length > 0) {
      await trx
        .insertInto('ao_site_qs')
        .values(userIds.map((u, i) => ({ ao_id: aoId, user_id: u, set_by: by, set_at: at + i })))
        .execute();
    }
  });
}

/** AOs that take backblasts and are not archived. */
export async function reportAos(db: Db) {
  return db
    .selectFrom('aos')
    .select(['channel_id', 'ao'])
    .where('backblast', '=', 1)
    .where('archived', '=', 0)
    .orderBy('ao')
    .execute();
}

/** Every post since a day (bots left out): who, where, when. */
export async function postsFrom(db: Db, from: string) {
  const rows = await db
    .selectFrom('bd_attendance as a')
    .leftJoin('users as u', 'u.user_id', 'a.user_id')
    .select(['a.user_id as userId', 'a.ao_id as aoId', 'a.date'])
    .where('a.date', '>=', from)
    .where((eb) => eb.or([eb('u.app', 'is', null), eb('u.app', '=', 0)]))
    .execute();
  return rows.map((r) => ({ ...r, date: String(r.date).slice(0, 10) }));
}

/** Every beatdown's leaders and date, for "when did he last lead". */
export async function leads(db: Db) {
  return db
    .selectFrom('beatdowns')
    .select(['q_user_id as qUserId', 'coq_user_id as coqUserId', 'json', 'bd_date as date'])
    .execute();
}

export type WeeklyRow = Selectable<WeeklyDeliveriesTable>;

export async function weeklyLedger(db: Db, week: string): Promise<Map<string, WeeklyRow>> {
  const rows = await db.selectFrom('weekly_deliveries').selectAll().where('week', '=', week).execute();
  return new Map(rows.map((r) => [r.recipient, r]));
}

export async function markWeekly(
  db: Db,
  key: { week: string; recipient: string },
  values: { status: 'sending' | 'sent' | 'failed'; channel_id?: string; message_ts?: string; error?: string | null },
  at: number,
): Promise<void> {
  const row = { ...values, updated_at: at, ...(values.status === 'sent' ? { sent_at: at } : {}) };
  const counted = values.status === 'sending';
  const insert = db.insertInto('weekly_deliveries').values({ ...key, ...row, attempts: counted ? 1 : 0 });
  const update = counted ? { ...row, attempts: sql<number>`${sql.ref('weekly_deliveries.attempts')} + 1` } : row;
  await (
    dialectOf(db) === 'mysql'
      ? insert.onDuplicateKeyUpdate(update)
      : insert.onConflict((oc) => oc.columns(['week', 'recipient']).doUpdateSet(update))
  ).execute();
}
