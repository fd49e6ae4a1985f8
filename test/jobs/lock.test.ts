import { hostname } from 'node:os';
import { createConnection } from 'mysql2/promise';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type DbHandle } from '../../src/db/connect.js';
import { withJobLock } from '../../src/jobs/lock.js';
import { createTestRegion, dialects, type TestRegion } from '../support/db.js';

/** A promise with its resolve, to hold a job open while the test looks. */
function gate(): { promise: Promise<void>; open(): void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

describe.each(dialects())('job locks on %s', (dialect) => {
  let t: TestRegion;
  // A second app instance on the same database: its own connection(s).
  let other: DbHandle;
  beforeEach(async () => {
    t = await createTestRegion(dialect);
    other = openDatabase(t.url);
  });
  afterEach(async () => {
    await other.db.destroy();
    await t.cleanup();
  });

  it('a job running in one instance does not start in another until it ends', async () => {
    const held = gate();
    const started = gate();
    const first = withJobLock(t.ctx, 'reconcile', async () => {
      started.open();
      await held.promise;
      return 'first';
    });
    await started.promise;

    let ran = false;
    const second = await withJobLock({ db: other.db, dialect: other.dialect }, 'reconcile', async () => {
      ran = true;
    });
    expect(second.ran).toBe(false);
    expect(ran).toBe(false);
    // Another job is not held up by it.
    expect(await withJobLock({ db: other.db, dialect: other.dialect }, 'monthly', async () => 'other job')).toEqual({
      ran: true,
      value: 'other job',
    });

    held.open();
    expect(await first).toEqual({ ran: true, value: 'first' });
    expect(await withJobLock({ db: other.db, dialect: other.dialect }, 'reconcile', async () => 'after')).toEqual({
      ran: true,
      value: 'after',
    });
  });

  it('a job that fails lets go of the lock', async () => {
    await expect(
      withJobLock(t.ctx, 'reconcile', async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await withJobLock({ db: other.db, dialect: other.dialect }, 'reconcile', async () => 1)).toEqual({
      ran: true,
      value: 1,
    });
  });

  it('an instance that died holding the lock does not block the job for ever', async () => {
    if (dialect === 'sqlite') {
      // Its lease row stays behind and runs out.
      await t.ctx.db
        .insertInto('job_locks')
        .values({ name: 'reconcile', holder: 'gone:1:x', expires_at: Date.now() + 60_000 })
        .execute();
      expect((await withJobLock(t.ctx, 'reconcile', async () => 1)).ran).toBe(false);
      await t.ctx.db
        .updateTable('job_locks')
        .set({ expires_at: Date.now() - 1 })
        .where('name', '=', 'reconcile')
        .execute();
    } else {
      // GET_LOCK belongs to the connection: it goes when the connection does.
      const conn = await createConnection({ uri: t.url });
      await conn.query("select get_lock('paxminer:reconcile', 0)");
      expect((await withJobLock(t.ctx, 'reconcile', async () => 1)).ran).toBe(false);
      conn.destroy();
    }
    // The server may take a moment to see the connection gone.
    let outcome = await withJobLock(t.ctx, 'reconcile', async () => 2);
    for (let tries = 0; !outcome.ran && tries < 50; tries++) {
      await new Promise((r) => setTimeout(r, 100));
      outcome = await withJobLock(t.ctx, 'reconcile', async () => 2);
    }
    expect(outcome).toEqual({ ran: true, value: 2 });
  });
});

describe('the SQLite job lease', () => {
  let t: TestRegion;
  beforeEach(async () => {
    t = await createTestRegion('sqlite');
  });
  afterEach(async () => t.cleanup());

  it('a lease left by a killed process of this host is taken over at once', async () => {
    await t.ctx.db
      .insertInto('job_locks')
      .values({ name: 'monthly', holder: `${hostname()}:999999:x`, expires_at: Date.now() + 60_000 })
      .execute();
    expect(await withJobLock(t.ctx, 'monthly', async () => 3)).toEqual({ ran: true, value: 3 });
    // A live holder of this host keeps it.
    await t.ctx.db
      .insertInto('job_locks')
      .values({ name: 'monthly', holder: `${hostname()}:${process.ppid}:y`, expires_at: Date.now() + 60_000 })
      .execute();
    expect((await withJobLock(t.ctx, 'monthly', async () => 4)).ran).toBe(false);
  });
});
