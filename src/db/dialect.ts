import { MysqlAdapter, sql } from './kysely.js';
import type { Kysely, RawBuilder } from 'kysely';

export type DialectName = 'sqlite' | 'mysql';

// The one place that knows which SQL dialect a handle speaks; a query that differs by dialect asks here.
export function dialectOf(db: Kysely<any>): DialectName {
  return db.getExecutor().adapter instanceof MysqlAdapter ? 'mysql' : 'sqlite';
}

/** The value an upsert proposed for a column, for use in its update clause. */
export function proposed(dialect: DialectName, column: string): RawBuilder<unknown> {
  return dialect === 'mysql' ? sql`values(${sql.ref(column)})` : sql.ref(`excluded.${column}`);
}

/**
 * `table as alias`, on MySQL told to use `index` (`force index`): for the few joins whose inner
 * lookups MySQL costs from index statistics that can be stale (see sharedBeatdowns). SQLite plans
 * from its own statistics and needs no hint. Names are code constants, never input.
 */
export function tableUsingIndex<T, A extends string>(dialect: DialectName, table: string, alias: A, index: string) {
  return sql<T>`${sql.table(table)}`.as<A>(dialect === 'mysql' ? sql`${sql.id(alias)} force index (${sql.id(index)})` : sql.id(alias));
}

/** True for a primary-key or unique violation on either dialect. */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; errno?: number };
  return e?.code === 'ER_DUP_ENTRY' || e?.errno === 1062 || /^SQLITE_CONSTRAINT_(PRIMARYKEY|UNIQUE)$/.test(e?.code ?? '');
}

/** True when MySQL gave up on a transaction for a deadlock: the transaction should be run again. */
export function isDeadlock(err: unknown): boolean {
  const e = err as { code?: string; errno?: number };
  return e?.code === 'ER_LOCK_DEADLOCK' || e?.errno === 1213;
}

/** True when MySQL gave up waiting for a lock another connection holds. */
export function isLockWait(err: unknown): boolean {
  const e = err as { code?: string; errno?: number };
  return e?.code === 'ER_LOCK_WAIT_TIMEOUT' || e?.errno === 1205;
}

/**
 * True when the database refused a value (out of range, too long, not valid JSON or text, a failed
 * check): that row can never be written as it is, but the ones after it can.
 */
export function isBadValue(err: unknown): boolean {
  const e = err as { code?: string; errno?: number };
  if ([1048, 1264, 1265, 1292, 1366, 1406, 3140, 4025].includes(e?.errno ?? 0)) return true;
  return /^SQLITE_(CONSTRAINT_CHECK|CONSTRAINT_NOTNULL|TOOBIG|MISMATCH|RANGE)$/.test(e?.code ?? '');
}

/** True when SQLite reports the file busy (another process holds the write lock). */
export function isBusy(err: unknown): boolean {
  const code = (err as { code?: string })?.code ?? '';
  return code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_') || code === 'SQLITE_LOCKED';
}

/**
 * True when the database cannot be reached at all (server down or gone, connection refused or lost,
 * SQLite file that cannot be opened or read): the same write may succeed once it is back.
 */
export function isUnavailable(err: unknown): boolean {
  for (let e = err as { code?: unknown; errno?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 3; e = e.cause as typeof e, depth++) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (/^(ECONNREFUSED|ECONNRESET|ECONNABORTED|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EPIPE|PROTOCOL_CONNECTION_LOST|PROTOCOL_SEQUENCE_TIMEOUT|ER_SERVER_SHUTDOWN|ER_BAD_DB_ERROR|ER_CON_COUNT_ERROR)$/.test(code)) return true;
    if ([1040, 1049, 1053, 2002, 2003, 2006, 2013].includes(typeof e.errno === 'number' ? e.errno : 0)) return true;
    if (/^SQLITE_(CANTOPEN|IOERR|NOTADB|FULL)/.test(code)) return true;
  }
  return false;
}

/** Day of the week of a `YYYY-MM-DD` date expression: 0 Monday … 6 Sunday (ISO order), on either dialect. */
export function weekdayOf(dialect: DialectName, date: RawBuilder<unknown>): RawBuilder<number> {
  return dialect === 'mysql' ? sql<number>`weekday(${date})` : sql<number>`((cast(strftime('%w', ${date}) as integer) + 6) % 7)`;
}
