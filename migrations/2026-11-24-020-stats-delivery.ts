import { sql } from './lib/kysely.js';
import type { Kysely } from 'kysely';
import { createIndexes, dropIndexes, isSqlite, type IndexSpec } from './lib/indexes.js';

// The monthly chart delivery: who opted out of the monthly DM, and the delivery ledger that makes
// each (month, kind, target) go out once. Plus the index the Co-Q figures need.

const INDEXES: IndexSpec[] = [['beatdowns_coq_user_idx', 'beatdowns', ['coq_user_id', 'bd_date']]];

export async function up(db: Kysely<any>): Promise<void> {
  const utf8 = isSqlite(db) ? sql`` : sql`default charset=utf8mb4`;

  await db.schema
    .createTable('monthly_optouts')
    .ifNotExists()
    .addColumn('user_id', 'varchar(45)', (c) => c.primaryKey())
    .addColumn('opted_out_at', 'bigint', (c) => c.notNull())
    .modifyEnd(utf8)
    .execute();

  await db.schema
    .createTable('monthly_deliveries')
    .ifNotExists()
    .addColumn('month', 'varchar(7)', (c) => c.notNull())
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('target', 'varchar(45)', (c) => c.notNull())
    .addColumn('channel_id', 'varchar(45)')
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('file_ids', 'varchar(1024)')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('error', 'varchar(1024)')
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addColumn('sent_at', 'bigint')
    .addPrimaryKeyConstraint('monthly_deliveries_pk', ['month', 'kind', 'target'])
    .modifyEnd(utf8)
    .execute();

  await createIndexes(db, INDEXES);
}

export async function down(db: Kysely<any>): Promise<void> {
  await dropIndexes(db, INDEXES);
  await db.schema.dropTable('monthly_deliveries').ifExists().execute();
  await db.schema.dropTable('monthly_optouts').ifExists().execute();
}
