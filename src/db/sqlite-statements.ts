import type { Database as SQLiteDatabase, Statement } from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/**
 * The SQLite handle Kysely is given, keeping the most recently used prepared statements by their SQL
 * text. Kysely prepares every query it runs; an import repeats the same few large INSERTs thousands
 * of times, and preparing one of those costs more than the rows it carries.
 */
export function cachingStatements(database: SQLiteDatabase, size = 100): SqliteDatabase {
  const cache = new Map<string, Statement>();
  return {
    close: () => database.close(),
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (statement) cache.delete(sql);
      else statement = database.prepare(sql);
      cache.set(sql, statement);
      if (cache.size > size) cache.delete(cache.keys().next().value!);
      return statement;
    },
  };
}
