import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from '../../src/db/kysely.js';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connect.js';
import { isUnavailable, type DialectName } from '../../src/db/dialect.js';
import { createTestDatabase, dialects, type TestDatabase } from '../support/db.js';
import { TcpProxy } from '../support/tcp-proxy.js';

/** The error a query on `url` fails with. */
async function failure(url: string, query = sql`select 1`): Promise<unknown> {
  const { db } = openDatabase(url);
  try {
    await query.execute(db);
  } catch (err) {
    return err;
  } finally {
    await db.destroy().catch(() => undefined);
  }
  throw new Error(`no failure on ${url}`);
}

describe('isUnavailable on real errors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'paxminer-unavailable-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('SQLite: a file that cannot be opened, or is not a database, is unavailable', async () => {
    // The path is a folder: SQLITE_CANTOPEN when the handle opens.
    expect(isUnavailable(await failure(`sqlite:${dir}`).catch((e: unknown) => e))).toBe(true);
    const notADatabase = join(dir, 'garbage.sqlite');
    writeFileSync(notADatabase, 'x'.repeat(4096));
    expect(isUnavailable(await failure(`sqlite:${notADatabase}`).catch((e: unknown) => e))).toBe(true);
  });

  it.each(dialects())('%s: a bad query is not unavailable', async (dialect: DialectName) => {
    const db: TestDatabase = await createTestDatabase(dialect);
    try {
      expect(isUnavailable(await failure(db.url, sql`select * from no_such_table`))).toBe(false);
    } finally {
      await db.drop();
    }
  });

  it.each(dialects().filter((d) => d === 'mysql'))('%s: refused, cut and dropped databases are unavailable', async () => {
    const db = await createTestDatabase('mysql');
    const url = new URL(db.url);
    const proxy = await TcpProxy.start({ host: url.hostname, port: Number(url.port || 3306) });
    try {
      url.port = String(proxy.port);
      await proxy.down();
      expect(isUnavailable(await failure(url.toString()))).toBe(true);
      await proxy.up();
      // A connection cut while a query runs.
      const cut = failure(url.toString(), sql`select sleep(5)`);
      await new Promise((r) => setTimeout(r, 300));
      await proxy.down();
      expect(isUnavailable(await cut)).toBe(true);
      await db.drop();
      expect(isUnavailable(await failure(db.url))).toBe(true);
    } finally {
      await proxy.down();
      await db.drop();
    }
  });

  it('plain values and other errors are not unavailable', () => {
    expect(isUnavailable(undefined)).toBe(false);
    expect(isUnavailable(new Error('boom'))).toBe(false);
    expect(isUnavailable({ code: 'SQLITE_BUSY' })).toBe(false);
    expect(isUnavailable({ code: 'ER_DUP_ENTRY', errno: 1062 })).toBe(false);
    expect(isUnavailable(new Error('wrapped', { cause: { code: 'ECONNREFUSED' } }))).toBe(true);
  });
});
