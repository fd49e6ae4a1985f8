import { SqliteAdapter, sql, type Kysely } from 'kysely';

// The monthly chart delivery: who opted out of the monthly DM, and the delivery ledger that makes
// each (month, kind, target) go out once. Plus the index the Co-Q figures need.

const INDEXES: Array<[name: string, table: string, columns: string[]]> = [
  ['beatdowns_coq_user_idx', 'beatdowns', ['coq_user_id', 'bd_date']],
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function indexExists(db: Kysely<any>, sqlite: boolean, table: string, name: string): Promise<boolean> {
  if (sqlite) {
    const r = await sql`select 1 from sqlite_master where type = 'index' and name = ${name}`.execute(db);
    return r.rows.length > 0;
  }
  const r = await sql`select 1 from information_schema.statistics
    where table_schema = database() and table_name = ${table} and index_name = ${name}`.execute(db);
  return r.rows.length > 0;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const utf8 = sqlite ? sql`` : sql`default charset=utf8mb4`;

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

  for (const [name, table, columns] of INDEXES) {
    if (!(await indexExists(db, sqlite, table, name))) {
      await db.schema.createIndex(name).on(table).columns(columns).execute();
    }
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  for (const [name, table] of INDEXES) {
    if (await indexExists(db, sqlite, table, name)) {
      await (sqlite ? db.schema.dropIndex(name) : db.schema.dropIndex(name).on(table)).execute();
    }
  }
  await db.schema.dropTable('monthly_deliveries').ifExists().execute();
  await db.schema.dropTable('monthly_optouts').ifExists().execute();
}
