import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { sql } from '../db/kysely.js';
import type { RegionContext } from '../region.js';

/** True when a lease holder (`host:pid:…`) is a process of this host that no longer runs. */
export function isDeadLocalHolder(holder: string): boolean {
  const [host, pidText] = holder.split(':');
  const pid = Number(pidText);
  if (host !== hostname() || !Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

export type LockOutcome<T> = { ran: true; value: T } | { ran: false; holder: string | null };

/**
 * Runs `work` only if no other process of this region is running the job `name` now: MySQL's
 * GET_LOCK (released with its connection, so a crash frees it), a renewed lease row on SQLite
 * (a crashed holder's lease runs out after `leaseMs`, or is taken over at once when the holder was
 * a process of this host that is gone).
 */
export async function withJobLock<T>(
  ctx: Pick<RegionContext, 'db' | 'dialect' | 'region'>,
  name: string,
  work: () => Promise<T>,
  options: { leaseMs?: number } = {},
): Promise<LockOutcome<T>> {
  if (ctx.dialect === 'mysql') {
    return ctx.db.connection().execute(async (conn) => {
      // GET_LOCK is server-wide: in many-regions mode the schema in the key keeps regions apart.
      const key = ctx.region ? `paxminer:${ctx.region.schema}:${name}`.slice(0, 64) : `paxminer:${name}`;
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
  let row = await ctx.db.selectFrom('job_locks').select(['holder']).where('name', '=', name).executeTakeFirst();
  if (row && row.holder !== holder && isDeadLocalHolder(row.holder)) {
    // A process of this machine that was killed holding the lease: no need to wait for it to run out.
    await ctx.db
      .updateTable('job_locks')
      .set({ holder, expires_at: now + leaseMs })
      .where('name', '=', name)
      .where('holder', '=', row.holder)
      .execute();
    row = await ctx.db.selectFrom('job_locks').select(['holder']).where('name', '=', name).executeTakeFirst();
  }
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
