import type { SlackUser } from '../../backblast/types.js';
import { upsertRows } from '../upsert.js';
import type { Db, UserRow } from '../types.js';

/** PAXminer's columns are varchar(45). */
export function fit(text: string | null | undefined, max = 45): string | null {
  if (text === null || text === undefined) return null;
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The first of `names` that is text once trimmed (exports have names with trailing spaces, or none). */
function firstName(...names: unknown[]): string | undefined {
  for (const n of names) if (typeof n === 'string' && n.trim()) return n.trim();
  return undefined;
}

/** How PAXminer names a PAX: the display name, else the real name, else the handle. */
export function displayName(u: SlackUser): string {
  return firstName(u.profile?.display_name, u.profile?.real_name, u.real_name, u.name) ?? u.id;
}

export function userRow(u: SlackUser): UserRow {
  return {
    user_id: u.id,
    user_name: fit(displayName(u)) ?? u.id,
    real_name: fit(firstName(u.profile?.real_name, u.real_name) ?? displayName(u)) ?? u.id,
    phone: fit(u.profile?.phone || null),
    email: fit(u.profile?.email || null),
    app: u.is_bot || u.id === 'USLACKBOT' ? 1 : 0,
    json: JSON.stringify(u),
  };
}

/** Inserts or refreshes Slack users; `start_date` is never overwritten. */
export async function upsertUsers(db: Db, users: readonly SlackUser[]): Promise<void> {
  await upsertRows(db, 'users', users.map(userRow), {
    key: ['user_id'],
    update: ['user_name', 'real_name', 'phone', 'email', 'app', 'json'],
  });
}

export async function findUser(db: Db, userId: string) {
  return db.selectFrom('users').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

export async function listUsers(db: Db) {
  return db.selectFrom('users').selectAll().orderBy('user_id').execute();
}
