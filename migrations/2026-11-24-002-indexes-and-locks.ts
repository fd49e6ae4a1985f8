import { SqliteAdapter, sql, type Kysely } from 'kysely';

// Indexes the bot's lookups need (by message ts, by PAX and date, by date), and the job lease table.

const INDEXES: Array<[name: string, table: string, columns: string[]]> = [
  ['beatdowns_timestamp_idx', 'beatdowns', ['timestamp']],
  ['beatdowns_bd_date_idx', 'beatdowns', ['bd_date']],
  ['beatdowns_q_user_idx', 'beatdowns', ['q_user_id', 'bd_date']],
  ['bd_attendance_timestamp_idx', 'bd_attendance', ['timestamp']],
  ['bd_attendance_user_date_idx', 'bd_attendance', ['user_id', 'date']],
  ['bd_attendance_ao_date_idx', 'bd_attendance', ['ao_id', 'date']],
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
  for (const [name, table, columns] of INDEXES) {
    if (!(await indexExists(db, sqlite, table, name))) {
      await db.schema.createIndex(name).on(table).columns(columns).execute();
    }
  }
  await db.schema
    .createTable('job_locks')
    .ifNotExists()
    .addColumn('name', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('holder', 'varchar(128)', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  await db.schema.dropTable('job_locks').ifExists().execute();
  for (const [name, table] of INDEXES) {
    if (await indexExists(db, sqlite, table, name)) {
      await (sqlite ? db.schema.dropIndex(name) : db.schema.dropIndex(name).on(table)).execute();
    }
  }
}
