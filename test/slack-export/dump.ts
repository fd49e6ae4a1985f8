import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/types.js';

const parsed = (json: unknown) => (typeof json === 'string' ? JSON.parse(json) : json);

/** Every row the importer writes, ordered, for comparing database states. */
export async function dump(db: Kysely<Database>) {
  const users = await db.selectFrom('users').selectAll().orderBy('user_id').execute();
  const aos = await db.selectFrom('aos').selectAll().orderBy('channel_id').execute();
  const beatdowns = await db.selectFrom('beatdowns').selectAll().orderBy('timestamp').execute();
  const attendance = await db.selectFrom('bd_attendance').selectAll().orderBy('timestamp').orderBy('user_id').execute();
  return {
    users: users.map((u) => ({ ...u, json: parsed(u.json) })),
    aos,
    beatdowns: beatdowns.map((b) => ({ ...b, json: parsed(b.json) })),
    attendance,
  };
}

/** Attendees of each stored beatdown, by message ts. */
export async function attendanceByTs(db: Kysely<Database>): Promise<Map<string, string[]>> {
  const rows = await db.selectFrom('bd_attendance').select(['timestamp', 'user_id']).orderBy('user_id').execute();
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.timestamp!, [...(out.get(r.timestamp!) ?? []), r.user_id]);
  return out;
}
