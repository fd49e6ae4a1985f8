// What the database benchmarks share: a seeded random source, bulk inserts in chunks, and a throwaway
// SQLite file and MariaDB database to run on.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Insertable, Kysely } from 'kysely';
import { createConnection } from 'mysql2/promise';
import type { Database } from '../src/db/types.js';

/** mulberry32: the same region on every run. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Table = 'beatdowns' | 'bd_attendance' | 'users' | 'aos';

/** Inserts the rows `size` at a time (one statement holds only so many parameters). */
export async function insertChunked<T extends Table>(
  db: Kysely<Database>,
  table: T,
  rows: Insertable<Database[T]>[],
  size: number,
): Promise<void> {
  for (let i = 0; i < rows.length; i += size) {
    await db
      .insertInto(table)
      .values(rows.slice(i, i + size) as never)
      .execute();
  }
}

/**
 * Runs `work` on a fresh SQLite file, then on a fresh MariaDB database (TEST_MYSQL_URL, or root at
 * 127.0.0.1:3306) when one is reachable; both are removed afterwards.
 */
export async function onEachDatabase(
  name: string,
  work: (dialect: 'sqlite' | 'mysql', url: string) => Promise<void>,
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), `paxminer-bench-${name}-`));
  try {
    await work('sqlite', `sqlite:${join(dir, 'bench.sqlite')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const server = process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';
  const database = `paxminer_bench_${name}_${process.pid}`;
  let conn;
  try {
    conn = await createConnection({ uri: server, connectTimeout: 5000 });
  } catch (err) {
    console.log(`MariaDB: not reachable at ${server} (${(err as Error).message}); skipped`);
    return;
  }
  try {
    await conn.query(`create database \`${database}\` character set utf8mb4`);
    await work('mysql', `${server.replace(/\/$/, '')}/${database}`);
  } finally {
    await conn.query(`drop database if exists \`${database}\``);
    await conn.end();
  }
}
