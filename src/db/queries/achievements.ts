import { sql } from '../kysely.js';
import type { Insertable } from 'kysely';
import { CATALOGUE, type AchievementDef, type CatalogueEntry, type Counted, type Period } from '../../achievements/catalogue.js';
import { dialectOf } from '../dialect.js';
import type { AchievementsAwardedTable, Db } from '../types.js';

// The achievement catalogue (achievements_list) and the awards (achievements_awarded). The unique
// (achievement_id, pax_id, period) key keeps each award once; `status` is its announcement's ledger.

export type AwardStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'quiet';

/** Adds the catalogue's entries a region does not have yet (a region's own edits are kept). */
export async function seedCatalogue(db: Db): Promise<void> {
  const have = new Set((await db.selectFrom('achievements_list').select('code').execute()).map((r) => r.code));
  const missing = CATALOGUE.filter((c) => !have.has(c.code));
  if (missing.length === 0) return;
  await insertIgnore(
    db,
    'achievements_list',
    missing.map((c) => ({ ...c, enabled: 1, builtin: 1 })),
  );
}

export async function listAchievements(db: Db): Promise<AchievementDef[]> {
  const rows = await db.selectFrom('achievements_list').selectAll().orderBy('id').execute();
  return rows.map((r) => ({
    id: Number(r.id),
    code: r.code,
    name: r.name,
    description: r.description,
    verb: r.verb,
    counted: r.counted as Counted,
    threshold: r.threshold === null ? null : Number(r.threshold),
    period: r.period as Period,
    enabled: Number(r.enabled) === 1,
    builtin: Number(r.builtin) === 1,
  }));
}

export async function setAchievementEnabled(db: Db, id: number, enabled: boolean): Promise<void> {
  await db
    .updateTable('achievements_list')
    .set({ enabled: enabled ? 1 : 0 })
    .where('id', '=', id)
    .execute();
}

export async function addAchievement(db: Db, entry: CatalogueEntry): Promise<void> {
  await db
    .insertInto('achievements_list')
    .values({ ...entry, enabled: 1, builtin: 0 })
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function insertIgnore(db: Db, table: 'achievements_list' | 'achievements_awarded', rows: any[]): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < rows.length; i += 200) {
    const q = db.insertInto(table).values(rows.slice(i, i + 200));
    const r = await (dialectOf(db) === 'mysql' ? q.ignore() : q.onConflict((oc) => oc.doNothing())).executeTakeFirst();
    inserted += Number(r.numInsertedOrUpdatedRows ?? 0);
  }
  return inserted;
}

/** Stores awards not stored yet; returns how many were new. */
export async function storeAwards(db: Db, rows: Insertable<AchievementsAwardedTable>[]): Promise<number> {
  return insertIgnore(db, 'achievements_awarded', rows);
}

export interface StoredAward {
  id: number;
  achievementId: number;
  userId: string;
  date: string;
  period: string;
  source: string;
  status: AwardStatus;
  name: string;
  verb: string;
}

function awardQuery(db: Db) {
  return db
    .selectFrom('achievements_awarded as aa')
    .innerJoin('achievements_list as al', 'al.id', 'aa.achievement_id')
    .select([
      'aa.id',
      'aa.achievement_id as achievementId',
      'aa.pax_id as userId',
      'aa.date_awarded as date',
      'aa.period',
      'aa.source',
      'aa.status',
      'al.name',
      'al.verb',
    ]);
}

function toAward(r: Omit<StoredAward, 'status'> & { status: string }): StoredAward {
  return {
    ...r,
    id: Number(r.id),
    achievementId: Number(r.achievementId),
    date: String(r.date).slice(0, 10),
    status: r.status as AwardStatus,
  };
}

/** Awards whose announcement is still to do (or was cut off), oldest first. */
export async function unannouncedAwards(db: Db): Promise<StoredAward[]> {
  const rows = await awardQuery(db)
    .where('aa.status', 'in', ['pending', 'failed', 'sending'])
    .orderBy('aa.date_awarded')
    .orderBy('aa.id')
    .execute();
  return rows.map(toAward);
}

/** One man's awards, newest first. */
export async function awardsOf(db: Db, userId: string): Promise<StoredAward[]> {
  const rows = await awardQuery(db)
    .where('aa.pax_id', '=', userId)
    .orderBy('aa.date_awarded', 'desc')
    .orderBy('aa.id', 'desc')
    .execute();
  return rows.map(toAward);
}

export async function allAwards(db: Db): Promise<StoredAward[]> {
  const rows = await awardQuery(db).orderBy('aa.date_awarded').orderBy('aa.id').execute();
  return rows.map(toAward);
}

export async function markAward(
  db: Db,
  id: number,
  values: { status: AwardStatus; channel_id?: string | null; message_ts?: string | null; error?: string | null },
  at: number,
): Promise<void> {
  await db
    .updateTable('achievements_awarded')
    .set({ ...values, updated: at })
    .where('id', '=', id)
    .execute();
}

/** Every post since a day, with what the calculator needs to know about its beatdown. Bots left out. */
export async function postsSince(db: Db, from: string) {
  return db
    .selectFrom('bd_attendance as a')
    .innerJoin('beatdowns as b', (j) =>
      j.onRef('b.ao_id', '=', 'a.ao_id').onRef('b.bd_date', '=', 'a.date').onRef('b.q_user_id', '=', 'a.q_user_id'),
    )
    .leftJoin('aos', 'aos.channel_id', 'b.ao_id')
    .leftJoin('users as u', 'u.user_id', 'a.user_id')
    .select([
      'a.user_id as userId',
      'a.ao_id as aoId',
      'b.bd_date as date',
      'b.q_user_id as qUserId',
      'b.coq_user_id as coqUserId',
      'b.json',
      'aos.ao as aoName',
      sql<string | null>`substr(${sql.ref('b.backblast')}, 1, 100)`.as('head'),
    ])
    .where('a.date', '>=', from)
    .where((eb) => eb.or([eb('u.app', 'is', null), eb('u.app', '=', 0)]))
    .execute();
}

/** Beatdowns since a day whose backblast may hold an `Achievement:` line, with their attendees. */
export async function beatdownsWithAchievementLines(db: Db, from: string) {
  const rows = await db
    .selectFrom('beatdowns')
    .select(['ao_id as aoId', 'bd_date as date', 'q_user_id as qUserId', 'backblast'])
    .where('bd_date', '>=', from)
    .where('backblast', 'like', '%chievement%')
    .execute();
  const out: Array<{ aoId: string; date: string; backblast: string | null; pax: string[] }> = [];
  for (const r of rows) {
    const pax = await db
      .selectFrom('bd_attendance')
      .select('user_id')
      .where('ao_id', '=', r.aoId)
      .where('date', '=', r.date)
      .where('q_user_id', '=', r.qUserId)
      .execute();
    out.push({ aoId: r.aoId, date: String(r.date).slice(0, 10), backblast: r.backblast, pax: pax.map((p) => p.user_id) });
  }
  return out;
}
