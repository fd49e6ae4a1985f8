import { dialectOf } from '../dialect.js';
import type { Db } from '../types.js';

/** Records that a PAX wants no monthly chart DM; opting out twice keeps the first date. */
export async function optOut(db: Db, userId: string, at: number): Promise<void> {
  const insert = db.insertInto('monthly_optouts').values({ user_id: userId, opted_out_at: at });
  await (dialectOf(db) === 'mysql' ? insert.ignore() : insert.onConflict((oc) => oc.column('user_id').doNothing())).execute();
}

/** Takes a PAX off the opt-out list; false when he was not on it. */
export async function optIn(db: Db, userId: string): Promise<boolean> {
  const r = await db.deleteFrom('monthly_optouts').where('user_id', '=', userId).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function isOptedOut(db: Db, userId: string): Promise<boolean> {
  const row = await db.selectFrom('monthly_optouts').select('user_id').where('user_id', '=', userId).executeTakeFirst();
  return row !== undefined;
}

export async function optedOutUsers(db: Db): Promise<Set<string>> {
  const rows = await db.selectFrom('monthly_optouts').select('user_id').execute();
  return new Set(rows.map((r) => r.user_id));
}
