import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connect.js';
import { createTestDatabase, dialects } from '../support/db.js';
import { runCli } from '../support/run.js';

describe('paxminer CLI', () => {
  it('--help lists the commands', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/usage: paxminer <command>/);
    expect(r.stdout).toMatch(/^ {2}migrate\b/m);
  });

  it('an unknown command prints usage and exits 2', async () => {
    const r = await runCli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command 'frobnicate'/);
    expect(r.stderr).toMatch(/usage: paxminer/);
  });

  it('a malformed setting is one line naming it', async () => {
    const r = await runCli(['migrate'], { env: { DATABASE_URL: 'postgres://nope' } });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^DATABASE_URL: /);
  });

  describe.each(dialects())('migrate on %s', (dialect) => {
    it('creates the schema, and a second run changes nothing', async () => {
      const database = await createTestDatabase(dialect);
      try {
        const first = await runCli(['migrate'], { env: { DATABASE_URL: database.url } });
        expect(first.code, first.stderr).toBe(0);
        expect(first.stdout).toMatch(/applied: 2026-11-24-001-paxminer-schema/);
        const second = await runCli(['migrate'], { env: { DATABASE_URL: database.url } });
        expect(second.code).toBe(0);
        expect(second.stdout).toMatch(/already up to date/);
        const { db } = openDatabase(database.url);
        const names = (await db.introspection.getTables()).map((t) => t.name);
        await db.destroy();
        expect(names).toEqual(
          expect.arrayContaining(['aos', 'users', 'beatdowns', 'bd_attendance', 'beatdown_info', 'attendance_view']),
        );
      } finally {
        await database.drop();
      }
    });
  });
});
