import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';
import { inject } from 'vitest';
import { loadSettings, type Settings } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { openRegion, type RegionContext } from '../../src/region.js';
import type { DialectName } from '../../src/db/dialect.js';

/** The dialects this run tests: SQLite always, MySQL when a MariaDB answers (always under CI). */
export function dialects(): DialectName[] {
  return inject('mysqlServerUrl') ? ['sqlite', 'mysql'] : ['sqlite'];
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A new, empty database: a SQLite file in a temp folder, or a throwaway MariaDB database. */
export async function createTestDatabase(dialect: DialectName): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'paxminer-test-'));
    return { url: `sqlite:${join(dir, 'test.sqlite')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const server = inject('mysqlServerUrl');
  if (!server) throw new Error('no MariaDB for the MySQL-dialect tests');
  const name = `paxminer_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const conn = await createConnection({ uri: server });
  await conn.query(`create database \`${name}\` character set utf8mb4`);
  await conn.end();
  return {
    url: `${server.replace(/\/$/, '')}/${name}`,
    drop: async () => {
      const c = await createConnection({ uri: server });
      await c.query(`drop database if exists \`${name}\``);
      await c.end();
    },
  };
}

export interface TestRegion {
  ctx: RegionContext;
  url: string;
  /** Closes the handle and drops the database. */
  cleanup(): Promise<void>;
}

/** A migrated region on a fresh database of the dialect, with quiet logs. */
export async function createTestRegion(dialect: DialectName, env: Record<string, string> = {}): Promise<TestRegion> {
  const database = await createTestDatabase(dialect);
  const settings: Settings = loadSettings({ REGION_TZ: 'America/Chicago', ...env, DATABASE_URL: database.url });
  const region = await openRegion(settings, createLogger('silent', { pretty: false }));
  return {
    ctx: region,
    url: database.url,
    cleanup: async () => {
      await region.close();
      await database.drop();
    },
  };
}
