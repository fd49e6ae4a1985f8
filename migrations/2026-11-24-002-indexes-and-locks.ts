import type { Kysely } from 'kysely';
import { createIndexes, dropIndexes, type IndexSpec } from './lib/indexes.js';

// Indexes the bot's lookups need (by message ts, by PAX and date, by date), and the job lease table.

const INDEXES: IndexSpec[] = [
  ['beatdowns_timestamp_idx', 'beatdowns', ['timestamp']],
  ['beatdowns_bd_date_idx', 'beatdowns', ['bd_date']],
  ['beatdowns_q_user_idx', 'beatdowns', ['q_user_id', 'bd_date']],
  ['bd_attendance_timestamp_idx', 'bd_attendance', ['timestamp']],
  ['bd_attendance_user_date_idx', 'bd_attendance', ['user_id', 'date']],
  ['bd_attendance_ao_date_idx', 'bd_attendance', ['ao_id', 'date']],
];

export async function up(db: Kysely<any>): Promise<void> {
  await createIndexes(db, INDEXES);
  await db.schema
    .createTable('job_locks')
    .ifNotExists()
    .addColumn('name', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('holder', 'varchar(128)', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('job_locks').ifExists().execute();
  await dropIndexes(db, INDEXES);
}
