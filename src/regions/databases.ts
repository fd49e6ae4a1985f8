import { dirname, join } from 'node:path';
import { createPool, type Pool, type PoolConnection } from 'mysql2';
import { Kysely, MysqlDialect, sql } from '../db/kysely.js';
import { openDatabase, sqlitePath } from '../db/connect.js';
import type { DialectName } from '../db/dialect.js';

// Where each region's tables live in many-regions mode. MySQL: a schema per region on the control
// database's server, all reached through ONE connection pool: a connection handed to a region's
// Kysely handle is first switched to that region's schema (`USE`, skipped when it is there already),
// so the connection count is the pool's limit however many regions there are, and every query,
// `database()` and GET_LOCK included, runs as it does in one-region mode. SQLite: a file per region
// beside the control file.

/** Schema (and file) names: letters, digits and `_` only, so they can be quoted safely. */
export const SCHEMA_NAME = /^[A-Za-z0-9_]{1,64}$/;

export function checkSchemaName(name: string): string {
  if (!SCHEMA_NAME.test(name)) throw new Error(`bad schema name '${name}': letters, digits and _ only, at most 64`);
  return name;
}

export interface RegionDb<DB> {
  db: Kysely<DB>;
  dialect: DialectName;
  close(): Promise<void>;
}

export interface RegionDatabases {
  dialect: DialectName;
  /** The control database (the registry). */
  control<DB>(): RegionDb<DB>;
  /** Creates the region's schema (MySQL) when missing; SQLite files are created when first opened. */
  create(schema: string): Promise<void>;
  open<DB>(schema: string): RegionDb<DB>;
  /** Connections open to the server now (MySQL), or files open (SQLite). */
  openConnections(): number;
  close(): Promise<void>;
}

const currentSchema = new WeakMap<PoolConnection, string>();

/** Kysely's view of the shared pool for one schema: each connection is switched to it before use. */
function schemaPool(pool: Pool, schema: string) {
  return {
    getConnection(callback: (err: unknown, conn?: PoolConnection) => void) {
      pool.getConnection((err, conn) => {
        if (err) return callback(err);
        if (currentSchema.get(conn) === schema) return callback(null, conn);
        conn.query(`USE \`${schema}\``, (useErr) => {
          if (useErr) {
            conn.release();
            return callback(useErr);
          }
          currentSchema.set(conn, schema);
          callback(null, conn);
        });
      });
    },
    // The pool is the server's, shared: a region's handle closing leaves it open.
    end(callback: (err?: unknown) => void) {
      callback();
    },
  };
}

function mysqlDatabases(url: string, poolSize: number): RegionDatabases {
  const u = new URL(url);
  const controlSchema = checkSchemaName(decodeURIComponent(u.pathname.slice(1)));
  const pool = createPool({
    host: u.hostname,
    port: u.port ? Number(u.port) : 3306,
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: controlSchema,
    connectionLimit: poolSize,
    maxIdle: poolSize,
    charset: 'utf8mb4',
    dateStrings: true,
    decimalNumbers: true,
    supportBigNumbers: true,
    timezone: 'Z',
  });
  const open = <DB>(schema: string): RegionDb<DB> => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const db = new Kysely<DB>({ dialect: new MysqlDialect({ pool: schemaPool(pool, checkSchemaName(schema)) as any }) });
    return { db, dialect: 'mysql', close: () => db.destroy() };
  };
  const control = open(controlSchema);
  return {
    dialect: 'mysql',
    control: <DB>() => control as unknown as RegionDb<DB>,
    create: async (schema) => {
      await sql`create database if not exists ${sql.id(checkSchemaName(schema))} character set utf8mb4`.execute(control.db);
    },
    open,
    openConnections: () => (pool as unknown as { _allConnections: { length: number } })._allConnections.length,
    close: async () => {
      await control.close();
      await new Promise<void>((resolve) => pool.end(() => resolve()));
    },
  };
}

function sqliteDatabases(url: string): RegionDatabases {
  const controlPath = sqlitePath(url);
  const folder = dirname(controlPath);
  const control = openDatabase(url);
  let open = 1;
  return {
    dialect: 'sqlite',
    control: <DB>() => ({ db: control.db as unknown as Kysely<DB>, dialect: 'sqlite', close: () => control.db.destroy() }),
    create: async () => undefined,
    open: <DB>(schema: string): RegionDb<DB> => {
      const handle = openDatabase(`sqlite:${join(folder, `${checkSchemaName(schema)}.sqlite`)}`);
      open += 1;
      return {
        db: handle.db as unknown as Kysely<DB>,
        dialect: 'sqlite',
        close: async () => {
          open -= 1;
          await handle.db.destroy();
        },
      };
    },
    openConnections: () => open,
    close: () => control.db.destroy(),
  };
}

/** The control database a DATABASE_URL names, and the regions beside it. */
export function regionDatabases(url: string, options: { poolSize?: number } = {}): RegionDatabases {
  return url.startsWith('sqlite:') ? sqliteDatabases(url) : mysqlDatabases(url, options.poolSize ?? 10);
}

/** The path of a region's SQLite file (tests and the CLI print it). */
export function regionFile(controlUrl: string, schema: string): string {
  return join(dirname(sqlitePath(controlUrl)), `${checkSchemaName(schema)}.sqlite`);
}
