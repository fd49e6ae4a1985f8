import { SqliteAdapter, sql } from './kysely.js';
import type { Kysely } from 'kysely';

// Index helpers for migrations. An existing PAXminer database may already have an index of ours
// (or not), and neither dialect offers `create index if not exists` on both MySQL and MariaDB.

export type IndexSpec = [name: string, table: string, columns: string[]];

type AnyDb = Kysely<any>;

export function isSqlite(db: AnyDb): boolean {
  return db.getExecutor().adapter instanceof SqliteAdapter;
}

export async function indexExists(db: AnyDb, table: string, name: string): Promise<boolean> {
  const r = isSqlite(db)
    ? await sql`select 1 from sqlite_master where type = 'index' and name = ${name}`.execute(db)
    : await sql`select 1 from information_schema.statistics
        where table_schema = database() and table_name = ${table} and index_name = ${name}`.execute(db);
  return r.rows.length > 0;
}

export async function createIndexes(db: AnyDb, indexes: IndexSpec[]): Promise<void> {
  for (const [name, table, columns] of indexes) {
    if (!(await indexExists(db, table, name))) await db.schema.createIndex(name).on(table).columns(columns).execute();
  }
}

export async function dropIndexes(db: AnyDb, indexes: IndexSpec[]): Promise<void> {
  for (const [name, table] of indexes) {
    if (await indexExists(db, table, name)) {
      await (isSqlite(db) ? db.schema.dropIndex(name) : db.schema.dropIndex(name).on(table)).execute();
    }
  }
}
