import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Kysely } from 'kysely';
import type { ControlDatabase } from '../db/types.js';
import { isDeadLocalHolder } from '../jobs/lock.js';

// Per-region, per-period job claims in the control database: a region's nightly or monthly run is
// claimed by one replica; a finished claim keeps every other replica out for that period, and a claim
// whose holder stopped renewing it (or died on this host) is taken over and the work finished.

type Control = Kysely<ControlDatabase>;

export interface ClaimKey {
  schema: string;
  job: string;
  period: string;
}

export function newHolder(): string {
  return `${hostname()}:${process.pid}:${randomUUID()}`;
}

function isDuplicate(err: unknown): boolean {
  const code = (err as { code?: string }).code ?? '';
  return code === 'ER_DUP_ENTRY' || code.startsWith('SQLITE_CONSTRAINT');
}

/** Tries to claim the run; true when this holder now owns it. */
export async function claimRun(db: Control, key: ClaimKey, holder: string, leaseMs: number, now = Date.now()): Promise<boolean> {
  const where = { schema_name: key.schema, job: key.job, period: key.period };
  try {
    await db
      .insertInto('region_job_runs')
      .values({ ...where, holder, lease_until: now + leaseMs, done_at: null, error: null })
      .execute();
    return true;
  } catch (err) {
    if (!isDuplicate(err)) throw err;
  }
  const row = await db
    .selectFrom('region_job_runs')
    .select(['holder', 'lease_until', 'done_at'])
    .where('schema_name', '=', key.schema)
    .where('job', '=', key.job)
    .where('period', '=', key.period)
    .executeTakeFirst();
  if (!row || row.done_at !== null) return false;
  if (Number(row.lease_until) >= now && !isDeadLocalHolder(row.holder)) return false;
  const r = await db
    .updateTable('region_job_runs')
    .set({ holder, lease_until: now + leaseMs })
    .where('schema_name', '=', key.schema)
    .where('job', '=', key.job)
    .where('period', '=', key.period)
    .where('holder', '=', row.holder)
    .where('done_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function renewRun(db: Control, key: ClaimKey, holder: string, leaseMs: number): Promise<void> {
  await db
    .updateTable('region_job_runs')
    .set({ lease_until: Date.now() + leaseMs })
    .where('schema_name', '=', key.schema)
    .where('job', '=', key.job)
    .where('period', '=', key.period)
    .where('holder', '=', holder)
    .execute();
}

export async function finishRun(db: Control, key: ClaimKey, holder: string, error: string | null, now = Date.now()): Promise<void> {
  await db
    .updateTable('region_job_runs')
    .set({ done_at: now, error })
    .where('schema_name', '=', key.schema)
    .where('job', '=', key.job)
    .where('period', '=', key.period)
    .where('holder', '=', holder)
    .execute();
}

/** The last finished run of each job per schema (for `paxminer regions`). */
export async function lastRuns(db: Control): Promise<Map<string, Record<string, string>>> {
  const rows = await db
    .selectFrom('region_job_runs')
    .select(['schema_name', 'job'])
    .select((eb) => eb.fn.max('period').as('period'))
    .where('done_at', 'is not', null)
    .groupBy(['schema_name', 'job'])
    .execute();
  const out = new Map<string, Record<string, string>>();
  for (const r of rows) out.set(r.schema_name, { ...out.get(r.schema_name), [r.job]: String(r.period) });
  return out;
}

/** Forgets finished runs of `jobs` done before `before` (the hourly jobs' claims, 48 a region a day). */
export async function pruneRuns(db: Control, jobs: readonly string[], before: number): Promise<void> {
  await db.deleteFrom('region_job_runs').where('job', 'in', [...jobs]).where('done_at', '<', before).execute();
}
