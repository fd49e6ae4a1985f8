import { dialectOf, proposed } from '../dialect.js';
import type { Db } from '../types.js';

// The region's own settings (paxminer_settings), by name. What each name means lives with the
// feature that reads it.

export async function readSettings(db: Db): Promise<Map<string, string>> {
  const rows = await db.selectFrom('paxminer_settings').select(['name', 'value']).execute();
  return new Map(rows.map((r) => [r.name, r.value]));
}

export async function writeSetting(db: Db, name: string, value: string, at: number): Promise<void> {
  const insert = db.insertInto('paxminer_settings').values({ name, value, updated_at: at });
  const dialect = dialectOf(db);
  const set = { value: proposed(dialect, 'value'), updated_at: proposed(dialect, 'updated_at') } as never;
  await (
    dialect === 'mysql' ? insert.onDuplicateKeyUpdate(set) : insert.onConflict((oc) => oc.column('name').doUpdateSet(set))
  ).execute();
}
