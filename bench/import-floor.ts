// The floor `paxminer import` is measured against: what this machine takes to read the same day
// files and insert the same rows, with no parsing at all, into the same schema and indexes.
// SQLite: one transaction, prepared single-row statements, WAL, synchronous=NORMAL.
// MariaDB: multi-row INSERTs (1,000 rows each) in one transaction.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { createConnection } from 'mysql2/promise';
import { openDatabase, sqlitePath } from '../src/db/connect.js';
import { migrateToLatest } from '../src/db/migrate.js';

type Row = Record<string, unknown>;
export interface Rows {
  users: Row[];
  aos: Row[];
  beatdowns: Row[];
  bd_attendance: Row[];
}
const TABLES = ['users', 'aos', 'beatdowns', 'bd_attendance'] as const;

/** Every row an import stored, to insert again as the floor does. */
export async function storedRows(url: string): Promise<Rows> {
  const { db } = openDatabase(url);
  try {
    const out = {} as Rows;
    for (const table of TABLES) out[table] = (await db.selectFrom(table).selectAll().execute()) as Row[];
    return out;
  } finally {
    await db.destroy();
  }
}

/** Reads every file under the export folder (bytes only: the floor parses nothing). */
export function readAll(dir: string): number {
  let bytes = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) bytes += readAll(path);
    else bytes += readFileSync(path).length;
  }
  return bytes;
}

async function migrated(url: string): Promise<void> {
  const { db } = openDatabase(url);
  try {
    await migrateToLatest(db);
  } finally {
    await db.destroy();
  }
}

/** Seconds the floor takes into a new SQLite database at `url`. */
export async function sqliteFloor(exportDir: string, rows: Rows, url: string): Promise<number> {
  await migrated(url);
  const database = new SQLite(sqlitePath(url));
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  try {
    const t0 = performance.now();
    readAll(exportDir);
    database.transaction(() => {
      for (const table of TABLES) {
        const list = rows[table];
        if (list.length === 0) continue;
        const columns = Object.keys(list[0]!);
        const insert = database.prepare(
          `insert into ${table} (${columns.join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')})`,
        );
        for (const row of list) insert.run(row);
      }
    })();
    return (performance.now() - t0) / 1000;
  } finally {
    database.close();
  }
}

/** mysql2 reads JSON columns back as objects; they go in again as their text. */
function sqlValue(value: unknown): unknown {
  return value !== null && typeof value === 'object' && !(value instanceof Date) && !Buffer.isBuffer(value)
    ? JSON.stringify(value)
    : value;
}

/** Seconds the floor takes into a new MariaDB database at `url`. */
export async function mysqlFloor(exportDir: string, rows: Rows, url: string): Promise<number> {
  await migrated(url);
  const conn = await createConnection({ uri: url, charset: 'utf8mb4' });
  try {
    const t0 = performance.now();
    readAll(exportDir);
    await conn.beginTransaction();
    for (const table of TABLES) {
      const list = rows[table];
      if (list.length === 0) continue;
      const columns = Object.keys(list[0]!);
      for (let i = 0; i < list.length; i += 1000) {
        const values = list.slice(i, i + 1000).map((r) => columns.map((c) => sqlValue(r[c])));
        await conn.query(`insert into ${table} (${columns.join(', ')}) values ?`, [values]);
      }
    }
    await conn.commit();
    return (performance.now() - t0) / 1000;
  } finally {
    await conn.end();
  }
}
