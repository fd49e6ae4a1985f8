import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { Kysely, MysqlDialect, SqliteDialect } from './kysely.js';
import type { Database } from './types.js';
import type { DialectName } from './dialect.js';
import { cachingStatements } from './sqlite-statements.js';

// Each driver loads only when a URL needs it: a SQLite run never pays for mysql2, nor MySQL for SQLite.
const require = createRequire(import.meta.url);

export interface DbHandle {
  db: Kysely<Database>;
  dialect: DialectName;
  /** Where it points, without the password: safe to log. */
  label: string;
}

/** The file path of a `sqlite:` URL (`sqlite:./x.sqlite`, `sqlite:/abs/x.sqlite`, `sqlite::memory:`). */
export function sqlitePath(url: string): string {
  const rest = url.slice('sqlite:'.length);
  if (rest === ':memory:') return rest;
  return resolve(rest.startsWith('//') ? rest.slice(2) : rest);
}

/** Opens the database a DATABASE_URL names: SQLite (file created with its folder) or a MySQL pool. */
export function openDatabase(url: string, options: { poolSize?: number } = {}): DbHandle {
  if (url.startsWith('sqlite:')) {
    const path = sqlitePath(url);
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const SQLite = require('better-sqlite3') as typeof import('better-sqlite3');
    const database = new SQLite(path);
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = NORMAL');
    database.pragma('busy_timeout = 10000');
    return { db: new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingStatements(database) }) }), dialect: 'sqlite', label: `sqlite:${path}` };
  }
  const u = new URL(url);
  const { createPool } = require('mysql2') as typeof import('mysql2');
  const pool = createPool({
    host: u.hostname,
    port: u.port ? Number(u.port) : 3306,
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1)),
    connectionLimit: options.poolSize ?? 10,
    charset: 'utf8mb4',
    dateStrings: true,
    decimalNumbers: true,
    supportBigNumbers: true,
    timezone: 'Z',
  });
  return {
    db: new Kysely<Database>({ dialect: new MysqlDialect({ pool }) }),
    dialect: 'mysql',
    label: `mysql://${u.hostname}:${u.port || 3306}/${u.pathname.slice(1)}`,
  };
}
