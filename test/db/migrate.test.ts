import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sql } from '../../src/db/kysely.js';
import { openDatabase } from '../../src/db/connect.js';
import { migrateToLatest, migrationsFolder } from '../../src/db/migrate.js';
import { createTestDatabase, dialects } from '../support/db.js';
import { PAXMINER_DDL } from '../support/paxminer-ddl.js';

const MIGRATIONS = readdirSync(migrationsFolder())
  .filter((f) => /^\d{4}-\d{2}-\d{2}-.+\.ts$/.test(f))
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();

const EXPECTED: Record<string, string[]> = {
  aos: ['channel_id', 'ao', 'channel_created', 'archived', 'backblast'],
  users: ['user_id', 'user_name', 'real_name', 'phone', 'email', 'start_date', 'app', 'json'],
  beatdowns: [
    'timestamp',
    'ts_edited',
    'ao_id',
    'bd_date',
    'q_user_id',
    'coq_user_id',
    'pax_count',
    'backblast',
    'backblast_parsed',
    'fngs',
    'fng_count',
    'json',
  ],
  bd_attendance: ['timestamp', 'ts_edited', 'user_id', 'ao_id', 'date', 'q_user_id', 'json'],
  attendance_view: ['Date', 'AO', 'PAX', 'Q'],
  beatdown_info: ['Date', 'AO', 'Q', 'Q_Is_App', 'CoQ', 'pax_count', 'fngs', 'fng_count'],
};

describe.each(dialects())('migrations on %s', (dialect) => {
  it('creates every PAXminer table, column and view, and a second run changes nothing', async () => {
    const database = await createTestDatabase(dialect);
    const { db } = openDatabase(database.url);
    try {
      const first = await migrateToLatest(db);
      expect(first.results?.map((r) => r.migrationName)).toEqual(MIGRATIONS);
      expect(first.results?.every((r) => r.status === 'Success')).toBe(true);
      const tables = await db.introspection.getTables();
      for (const [name, columns] of Object.entries(EXPECTED)) {
        const table = tables.find((t) => t.name === name);
        expect(table, name).toBeDefined();
        expect(table!.columns.map((c) => c.name)).toEqual(columns);
      }
      expect(tables.find((t) => t.name === 'attendance_view')?.isView).toBe(true);
      const snapshot = JSON.stringify(tables);
      const second = await migrateToLatest(db);
      expect(second.results).toEqual([]);
      expect(JSON.stringify(await db.introspection.getTables())).toBe(snapshot);
    } finally {
      await db.destroy();
      await database.drop();
    }
  });

  it('checks the record, not just that every migration is in it: a missing one is applied, an unknown one refused', async () => {
    const database = await createTestDatabase(dialect);
    const { db } = openDatabase(database.url);
    try {
      await migrateToLatest(db);
      const newest = MIGRATIONS.at(-1)!;
      // The newest migration forgotten (its tables dropped by hand would be the same): it runs again.
      const { down } = (await import(`../../migrations/${newest}.ts`)) as { down(db: unknown): Promise<void> };
      await down(db);
      await db.deleteFrom('kysely_migration' as never).where('name' as never, '=', newest as never).execute();
      const again = await migrateToLatest(db);
      expect(again.results?.map((r) => [r.migrationName, r.status])).toEqual([[newest, 'Success']]);
      // A migration this release does not know (a newer release ran here): Kysely's refusal stands.
      await db.insertInto('kysely_migration' as never).values({ name: '2999-01-01-001-from-the-future', timestamp: new Date().toISOString() } as never).execute();
      await expect(migrateToLatest(db)).rejects.toThrow(/2999-01-01-001-from-the-future/);
    } finally {
      await db.destroy();
      await database.drop();
    }
  });

  it('is safe from two processes at once', async () => {
    const database = await createTestDatabase(dialect);
    const a = openDatabase(database.url);
    const b = openDatabase(database.url);
    try {
      const [ra, rb] = await Promise.all([migrateToLatest(a.db), migrateToLatest(b.db)]);
      const applied = [...(ra.results ?? []), ...(rb.results ?? [])].filter((r) => r.status === 'Success');
      expect(applied.map((r) => r.migrationName).sort()).toEqual(MIGRATIONS);
      const migrations = await sql<{ n: number }>`select count(*) as n from kysely_migration`.execute(a.db);
      expect(Number(migrations.rows[0]!.n)).toBe(MIGRATIONS.length);
    } finally {
      await a.db.destroy();
      await b.db.destroy();
      await database.drop();
    }
  });

  it('adopts an existing PAXminer database: keeps its rows and views, adds only what is missing', async () => {
    const database = await createTestDatabase(dialect);
    const { db } = openDatabase(database.url);
    try {
      for (const ddl of PAXMINER_DDL) await sql.raw(ddl).execute(db);
      await sql`insert into users (user_id, user_name, real_name) values ('U1', 'Doppler', 'Dan P')`.execute(db);
      await sql`insert into aos values ('C1', 'ao-the-yard', 1600000000, 0, 1, 'U1')`.execute(db);
      await sql`insert into beatdowns (timestamp, ao_id, bd_date, q_user_id, pax_count) values ('1.1', 'C1', '2024-05-01', 'U1', 7)`.execute(
        db,
      );
      await sql`insert into bd_attendance (timestamp, user_id, ao_id, date, q_user_id) values ('1.1', 'U1', 'C1', '2024-05-01', 'U1')`.execute(
        db,
      );

      await migrateToLatest(db);

      const tables = await db.introspection.getTables();
      const users = tables.find((t) => t.name === 'users')!;
      expect(users.columns.map((c) => c.name)).toContain('json');
      expect(tables.find((t) => t.name === 'aos')!.columns.map((c) => c.name)).toContain('site_q_user_id');
      // Their own view is left as they had it; the missing one is created.
      expect(tables.find((t) => t.name === 'attendance_view')!.columns.map((c) => c.name)).toEqual(['Date', 'AO', 'PAX']);
      const info = await db.selectFrom('beatdown_info').selectAll().execute();
      expect(info).toEqual([
        {
          Date: '2024-05-01',
          AO: 'ao-the-yard',
          Q: 'Doppler',
          Q_Is_App: 0,
          CoQ: null,
          pax_count: 7,
          fngs: null,
          fng_count: null,
        },
      ]);
      expect(await db.selectFrom('bd_attendance').select('user_id').execute()).toEqual([{ user_id: 'U1' }]);
    } finally {
      await db.destroy();
      await database.drop();
    }
  });
});
