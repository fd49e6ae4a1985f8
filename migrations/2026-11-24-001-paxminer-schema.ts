import { SqliteAdapter, sql } from './lib/kysely.js';
import type { Kysely } from 'kysely';

// PAXminer's own schema. It creates only what is missing, so pointing DATABASE_URL at an existing
// PAXminer database adopts it: its tables, rows and views stay as they are.

type Column = { name: string; type: string; notNull?: boolean; defaultZero?: boolean };
type Table = { name: string; columns: Column[]; primaryKey: string[] };

const TABLES = (json: string): Table[] => [
  {
    name: 'aos',
    columns: [
      { name: 'channel_id', type: 'varchar(45)', notNull: true },
      { name: 'ao', type: 'varchar(45)', notNull: true },
      { name: 'channel_created', type: 'integer', notNull: true },
      { name: 'archived', type: 'tinyint', notNull: true },
      { name: 'backblast', type: 'tinyint' },
    ],
    primaryKey: ['channel_id'],
  },
  {
    name: 'users',
    columns: [
      { name: 'user_id', type: 'varchar(45)', notNull: true },
      { name: 'user_name', type: 'varchar(45)', notNull: true },
      { name: 'real_name', type: 'varchar(45)', notNull: true },
      { name: 'phone', type: 'varchar(45)' },
      { name: 'email', type: 'varchar(45)' },
      { name: 'start_date', type: 'date' },
      { name: 'app', type: 'tinyint', notNull: true, defaultZero: true },
      { name: 'json', type: json },
    ],
    primaryKey: ['user_id'],
  },
  {
    name: 'beatdowns',
    columns: [
      { name: 'timestamp', type: 'varchar(45)' },
      { name: 'ts_edited', type: 'varchar(45)' },
      { name: 'ao_id', type: 'varchar(45)', notNull: true },
      { name: 'bd_date', type: 'date', notNull: true },
      { name: 'q_user_id', type: 'varchar(45)', notNull: true },
      { name: 'coq_user_id', type: 'varchar(45)' },
      { name: 'pax_count', type: 'integer' },
      { name: 'backblast', type: 'longtext' },
      { name: 'backblast_parsed', type: 'longtext' },
      { name: 'fngs', type: 'varchar(45)' },
      { name: 'fng_count', type: 'integer' },
      { name: 'json', type: json },
    ],
    primaryKey: ['ao_id', 'bd_date', 'q_user_id'],
  },
  {
    name: 'bd_attendance',
    columns: [
      { name: 'timestamp', type: 'varchar(45)' },
      { name: 'ts_edited', type: 'varchar(45)' },
      { name: 'user_id', type: 'varchar(45)', notNull: true },
      { name: 'ao_id', type: 'varchar(45)', notNull: true },
      { name: 'date', type: 'varchar(45)', notNull: true },
      { name: 'q_user_id', type: 'varchar(45)', notNull: true },
      { name: 'json', type: json },
    ],
    primaryKey: ['q_user_id', 'user_id', 'ao_id', 'date'],
  },
];

const VIEWS: Record<string, string> = {
  attendance_view: `select bd.date as Date, ao.ao as AO, u.user_name as PAX, q.user_name as Q
    from bd_attendance bd
    left join aos ao on bd.ao_id = ao.channel_id
    left join users u on bd.user_id = u.user_id
    left join users q on bd.q_user_id = q.user_id`,
  beatdown_info: `select B.bd_date as Date, a.ao as AO, U1.user_name as Q, U1.app as Q_Is_App,
      U2.user_name as CoQ, B.pax_count, B.fngs, B.fng_count
    from beatdowns B
    left join users U1 on U1.user_id = B.q_user_id
    left join users U2 on U2.user_id = B.coq_user_id
    left join aos a on B.ao_id = a.channel_id`,
};

export async function up(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const existing = new Map((await db.introspection.getTables()).map((t) => [t.name, t]));

  for (const table of TABLES(sqlite ? 'text' : 'json')) {
    const found = existing.get(table.name);
    if (!found) {
      let create = db.schema.createTable(table.name);
      for (const c of table.columns) {
        create = create.addColumn(c.name, sql.raw(c.type), (col) => {
          let b = c.notNull ? col.notNull() : col;
          if (c.defaultZero) b = b.defaultTo(0);
          return b;
        });
      }
      create = create.addPrimaryKeyConstraint(`${table.name}_pk`, table.primaryKey as never);
      if (!sqlite) create = create.modifyEnd(sql`default charset=utf8mb4`);
      await create.execute();
      continue;
    }
    const have = new Set(found.columns.map((c) => c.name.toLowerCase()));
    for (const c of table.columns) {
      if (have.has(c.name.toLowerCase())) continue;
      // Added to a table that already has rows: nullable, whatever PAXminer declares.
      await db.schema
        .alterTable(table.name)
        .addColumn(c.name, sql.raw(c.type), (col) => (c.defaultZero ? col.notNull().defaultTo(0) : col))
        .execute();
    }
  }

  for (const [name, body] of Object.entries(VIEWS)) {
    if (existing.has(name)) continue;
    await sql.raw(`create view ${name} as ${body}`).execute(db);
  }
}

export async function down(_db: Kysely<any>): Promise<void> {
  // PAXminer's tables may hold years of a region's records: never dropped by a rollback.
}
