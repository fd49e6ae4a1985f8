import { sql } from './kysely.js';
import type { DialectName } from './dialect.js';
import type { Db } from './types.js';

/**
 * SQLite: takes the database's write lock at the start of a transaction (a write that changes
 * nothing), so a busy database shows up here as one retryable error, before anything is read. A
 * transaction that reads first and writes later fails at once when another process wrote meanwhile,
 * whatever the busy timeout. MySQL locks rows as it goes; nothing to do.
 */
export async function takeWriteLock(trx: Db, dialect: DialectName): Promise<void> {
  if (dialect === 'sqlite') await sql`delete from job_locks where 0`.execute(trx);
}
