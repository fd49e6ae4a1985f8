import { sql } from './lib/kysely.js';
import type { Kysely } from 'kysely';
import { createIndexes, dropIndexes, isSqlite, type IndexSpec } from './lib/indexes.js';

// Keeping men coming back: achievements (weaselbot's `achievements_list` / `achievements_awarded`
// shape, so its dashboards read them, plus what we need to award once per period and announce
// once), the region's own settings, site Qs per AO, the weekly report's ledger and the FNGs named in
// backblasts.

const INDEXES: IndexSpec[] = [
  ['achievements_awarded_pax_idx', 'achievements_awarded', ['pax_id', 'date_awarded']],
  ['fng_names_norm_idx', 'fng_names', ['norm_name']],
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const utf8 = isSqlite(db) ? sql`` : sql`default charset=utf8mb4`;

  await db.schema
    .createTable('achievements_list')
    .ifNotExists()
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'varchar(255)', (c) => c.notNull())
    .addColumn('description', 'varchar(255)', (c) => c.notNull())
    .addColumn('verb', 'varchar(255)', (c) => c.notNull())
    .addColumn('code', 'varchar(255)', (c) => c.notNull().unique())
    .addColumn('counted', 'varchar(16)', (c) => c.notNull().defaultTo('manual'))
    .addColumn('threshold', 'integer')
    .addColumn('period', 'varchar(8)', (c) => c.notNull().defaultTo('year'))
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('builtin', 'integer', (c) => c.notNull().defaultTo(0))
    .modifyEnd(utf8)
    .execute();

  await db.schema
    .createTable('achievements_awarded')
    .ifNotExists()
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('achievement_id', 'integer', (c) => c.notNull())
    .addColumn('pax_id', 'varchar(255)', (c) => c.notNull())
    .addColumn('date_awarded', 'date', (c) => c.notNull())
    .addColumn('period', 'varchar(16)', (c) => c.notNull())
    .addColumn('source', 'varchar(16)', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('channel_id', 'varchar(45)')
    .addColumn('message_ts', 'varchar(32)')
    .addColumn('error', 'varchar(1024)')
    .addColumn('created', 'bigint', (c) => c.notNull())
    .addColumn('updated', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('achievements_awarded_once', ['achievement_id', 'pax_id', 'period'])
    .modifyEnd(utf8)
    .execute();

  await db.schema
    .createTable('paxminer_settings')
    .ifNotExists()
    .addColumn('name', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('value', 'varchar(255)', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .modifyEnd(utf8)
    .execute();

  await db.schema
    .createTable('ao_site_qs')
    .ifNotExists()
    .addColumn('ao_id', 'varchar(45)', (c) => c.notNull())
    .addColumn('user_id', 'varchar(45)', (c) => c.notNull())
    .addColumn('set_by', 'varchar(45)')
    .addColumn('set_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('ao_site_qs_pk', ['ao_id', 'user_id'])
    .modifyEnd(utf8)
    .execute();

  await db.schema
    .createTable('weekly_deliveries')
    .ifNotExists()
    .addColumn('week', 'varchar(10)', (c) => c.notNull())
    .addColumn('recipient', 'varchar(45)', (c) => c.notNull())
    .addColumn('channel_id', 'varchar(45)')
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('message_ts', 'varchar(32)')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('error', 'varchar(1024)')
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addColumn('sent_at', 'bigint')
    .addPrimaryKeyConstraint('weekly_deliveries_pk', ['week', 'recipient'])
    .modifyEnd(utf8)
    .execute();

  await db.schema
    .createTable('fng_names')
    .ifNotExists()
    .addColumn('ao_id', 'varchar(45)', (c) => c.notNull())
    .addColumn('bd_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('q_user_id', 'varchar(45)', (c) => c.notNull())
    .addColumn('norm_name', 'varchar(100)', (c) => c.notNull())
    .addColumn('name', 'varchar(100)', (c) => c.notNull())
    .addColumn('user_id', 'varchar(45)')
    .addColumn('linked_at', 'bigint')
    .addColumn('told', 'varchar(16)')
    .addPrimaryKeyConstraint('fng_names_pk', ['ao_id', 'bd_date', 'q_user_id', 'norm_name'])
    .modifyEnd(utf8)
    .execute();

  await createIndexes(db, INDEXES);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await dropIndexes(db, INDEXES);
  for (const t of [
    'fng_names',
    'weekly_deliveries',
    'ao_site_qs',
    'paxminer_settings',
    'achievements_awarded',
    'achievements_list',
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
