import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { sql } from 'kysely';
import type { RegionContext } from '../region.js';

export type LockOutcome<T> = { ran: true; value: T } | { ran: false; holder: string | null };

/**
 * Runs `work` only if no other process of this region is running the job `name` now: MySQL's
 * GET_LOCK (released with its connection, so a crash frees it), a renewed lease row on SQLite
 * (a crashed holder's lease runs out after `leaseMs`).
 */
export async function withJobLock<T>(
  ctx: Pick<RegionContext, 'db' | 'dialect'>,
  name: string,
  work: () => Promise<T>,
  options: { leaseMs?: number } = {},
): Promise<LockOutcome<T>> {
  if (ctx.dialect === 'mysql') {
    return ctx.db.connection().execute(async (conn) => {
      const key = `paxminer:${name}`;
      const got = await sql<{ got: number | null }>`select get_lock(${key}, 0) as got`.execute(conn);
      if (Number(got.rows[0]?.got) !== 1) return { ran: false, holder: null };
      try {
        return { ran: true, value: await work() };
      } finally {
        await sql`select release_lock(${key})`.execute(conn);
      }
    });
  }

  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const holder = `${hostname()}:${process.pid}:${randomUUID()}`;
  const now = Date.now();
  // Take the lease if nobody holds it or the holder's lease ran out; one statement, so it is atomic.
  await ctx.db
    .insertInto('job_locks')
    .values({ name, holder, expires_at: now + leaseMs })
    .onConflict((oc) =>
      oc
        .column('name')
        .doUpdateSet({ holder, expires_at: now + leaseMs })
        .where('job_locks.expires_at', '<', now),
    )
    .execute();
  const row = await ctx.db.selectFrom('job_locks').select(['holder']).where('name', '=', name).executeTakeFirst();
  if (row?.holder !== holder) return { ran: false, holder: row?.holder ?? null };

  const renew = setInterval(() => {
    void ctx.db
      .updateTable('job_locks')
      .set({ expires_at: Date.now() + leaseMs })
      .where('name', '=', name)
      .where('holder', '=', holder)
      .execute()
      .catch(() => undefined);
  }, leaseMs / 3);
  renew.unref();
  try {
    return { ran: true, value: await work() };
  } finally {
    clearInterval(renew);
    await ctx.db.deleteFrom('job_locks').where('name', '=', name).where('holder', '=', holder).execute();
  }
}
