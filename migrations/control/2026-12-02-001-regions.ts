import { sql } from '../lib/kysely.js';
import type { Kysely } from 'kysely';
import { createIndexes, isSqlite } from '../lib/indexes.js';

// The control database of many-regions mode. PAXminer's central `regions` table is adopted as it is:
// a missing table is created, a missing column added, and no row is ever changed.

type Column = [name: string, type: string];

const PAXMINER: Column[] = [
  ['region', 'varchar(45)'],
  ['slack_token', 'varchar(255)'],
  ['schema_name', 'varchar(64)'],
  ['active', 'tinyint'],
  ['firstf_channel', 'varchar(45)'],
  ['contact', 'varchar(255)'],
  ['send_pax_charts', 'tinyint'],
  ['send_ao_leaderboard', 'tinyint'],
  ['send_q_charts', 'tinyint'],
  ['send_region_leaderboard', 'tinyint'],
  ['scrape_backblasts', 'tinyint'],
];

const OURS: Column[] = [
  ['team_id', 'varchar(32)'],
  ['enterprise_id', 'varchar(32)'],
  ['bot_user_id', 'varchar(32)'],
  ['bot_id', 'varchar(32)'],
  ['installer_user_id', 'varchar(32)'],
  ['installed_at', 'bigint'],
  ['uninstalled_at', 'bigint'],
  ['time_zone', 'varchar(64)'],
  ['admin_user_ids', 'text'],
  ['token_expires_at', 'bigint'],
  ['refresh_token', 'varchar(255)'],
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function columnsOf(db: Kysely<any>, table: string): Promise<Set<string> | undefined> {
  const tables = await db.introspection.getTables();
  const found = tables.find((t) => t.name === table);
  return found ? new Set(found.columns.map((c) => c.name)) : undefined;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const sqlite = isSqlite(db);
  const utf8 = sqlite ? sql`` : sql`default charset=utf8mb4`;
  const existing = await columnsOf(db, 'regions');
  if (!existing) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    let create: any = db.schema.createTable('regions');
    for (const [name, type] of [...PAXMINER, ...OURS]) {
      const required = name === 'region' || name === 'schema_name';
      create = required ? create.addColumn(name, sql.raw(type), (c: { notNull(): unknown }) => c.notNull()) : create.addColumn(name, sql.raw(type));
    }
    await create.addPrimaryKeyConstraint('regions_pk', ['region']).modifyEnd(utf8).execute();
  } else {
    for (const [name, type] of [...PAXMINER.filter(([n]) => n !== 'region'), ...OURS]) {
      if (!existing.has(name)) await db.schema.alterTable('regions').addColumn(name, sql.raw(type)).execute();
    }
  }
  await createIndexes(db, [['regions_team_id', 'regions', ['team_id']]]);

  if (!(await columnsOf(db, 'region_job_runs'))) {
    await db.schema
      .createTable('region_job_runs')
      .addColumn('schema_name', 'varchar(64)', (c) => c.notNull())
      .addColumn('job', 'varchar(32)', (c) => c.notNull())
      .addColumn('period', 'varchar(16)', (c) => c.notNull())
      .addColumn('holder', 'varchar(255)', (c) => c.notNull())
      .addColumn('lease_until', 'bigint', (c) => c.notNull())
      .addColumn('done_at', 'bigint')
      .addColumn('error', 'text')
      .addPrimaryKeyConstraint('region_job_runs_pk', ['schema_name', 'job', 'period'])
      .modifyEnd(utf8)
      .execute();
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('region_job_runs').ifExists().execute();
}
