import { sql } from './kysely.js';
import type { Insertable } from 'kysely';
import { dialectOf, proposed } from './dialect.js';
import type { Database, Db } from './types.js';

type TableName = 'aos' | 'users';

/**
 * Inserts rows, or on a key clash updates `update` columns; `keep` columns take the new value only
 * when it is not null, `keepNonZero` columns when it is neither null nor 0. Chunked so a large batch stays within the drivers' parameter limits.
 */
export async function upsertRows<T extends TableName>(
  db: Db,
  table: T,
  rows: Insertable<Database[T]>[],
  options: { key: string[]; update: string[]; keep?: string[]; keepNonZero?: string[]; chunk?: number },
): Promise<void> {
  const dialect = dialectOf(db);
  const set: Record<string, unknown> = {};
  for (const c of options.update) set[c] = proposed(dialect, c);
  for (const c of options.keep ?? []) set[c] = sql`coalesce(${proposed(dialect, c)}, ${sql.ref(`${table}.${c}`)})`;
  for (const c of options.keepNonZero ?? []) {
    set[c] = sql`coalesce(nullif(${proposed(dialect, c)}, 0), ${sql.ref(`${table}.${c}`)})`;
  }
  const size = options.chunk ?? 200;
  for (let i = 0; i < rows.length; i += size) {
    const query = db.insertInto(table).values(rows.slice(i, i + size) as never);
    await (
      dialect === 'mysql'
        ? query.onDuplicateKeyUpdate(set as never)
        : query.onConflict((oc) => oc.columns(options.key as never).doUpdateSet(set as never))
    ).execute();
  }
}
