import { sql } from './lib/kysely.js';
import type { Kysely } from 'kysely';
import { isSqlite } from './lib/indexes.js';

// The ledger of private notes about posts: one row per (team, channel, message ts, version), claimed
// before a note goes out, so a retried event, a restarted bot or a second replica never sends it twice.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('message_notes')
    .ifNotExists()
    .addColumn('team_id', 'varchar(45)', (c) => c.notNull())
    .addColumn('channel_id', 'varchar(45)', (c) => c.notNull())
    .addColumn('ts', 'varchar(45)', (c) => c.notNull())
    .addColumn('version', 'varchar(45)', (c) => c.notNull())
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('sent_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('message_notes_pk', ['team_id', 'channel_id', 'ts', 'version'])
    .modifyEnd(isSqlite(db) ? sql`` : sql`default charset=utf8mb4`)
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('message_notes').ifExists().execute();
}
