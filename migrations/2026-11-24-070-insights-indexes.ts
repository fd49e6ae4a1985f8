import { SqliteAdapter, sql, type Kysely } from 'kysely';

// The index the region insights need: a beatdown's attendance by its key (AO, date, Q), with the
// man, so "who else was there" and a beatdown's headcount are answered from the index alone.
// Without it SQLite walks every post of the beatdown's Q.

const INDEXES: Array<[name: string, table: string, columns: string[]]> = [
  ['bd_attendance_beatdown_idx', 'bd_attendance', ['ao_id', 'date', 'q_user_id', 'user_id']],
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
    if (!(await indexExists(db, sqlite, table, name))) await db.schema.createIndex(name).on(table).columns(columns).execute();
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
}
