import type { Kysely } from 'kysely';

// Where the nightly reconciliation got to in each channel's history, so a run reads only what is new
// and a restart resumes a half-read window instead of starting over.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('channel_cursors')
    .ifNotExists()
    .addColumn('channel_id', 'varchar(45)', (c) => c.primaryKey())
    .addColumn('read_to', 'varchar(32)')
    .addColumn('pass_oldest', 'varchar(32)')
    .addColumn('pass_latest', 'varchar(32)')
    .addColumn('pass_top', 'varchar(32)')
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('channel_cursors').ifExists().execute();
}
