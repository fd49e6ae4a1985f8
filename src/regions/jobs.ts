import { errorFields } from '../errors.js';
import { dateInZone } from '../time.js';
import type { Logger } from '../log.js';
import { previousMonth } from '../stats/period.js';
import { runMonthly } from '../jobs/monthly.js';
import { runAchievements } from '../jobs/achievements.js';
import { runWeekly } from '../jobs/weekly.js';
import { reconcile } from '../jobs/reconcile.js';
import { withJobLock } from '../jobs/lock.js';
import { createWebClient } from '../slack/client.js';
import { claimRun, finishRun, newHolder, pruneRuns, renewRun, type ClaimKey } from './claims.js';
import type { OpenRegion, RegionRegistry } from './registry.js';
import type { RegionRow } from './queries.js';
import { pooled } from './pooled.js';

// The scheduled jobs of many-regions mode. Every replica looks every minute at each active region's
// clock: the nightly reconciliation is due from 03:00 region time (regions reading typed posts), the
// monthly delivery from 09:00 on the 1st, the weekly kotter report and achievements every hour (each
// decides for itself what is due: the report waits for its slot). A due run is claimed per region and period in the control
// database (claims.ts), so it runs once across replicas; work runs a few regions at a time, and a
// region's failure is logged with its name and stops nothing else.

export type RegionJob = 'reconcile' | 'monthly' | 'weekly' | 'achievements';

/** Due every hour; their claims are forgotten after KEEP_HOURLY_MS (an hour past is never due again). */
const HOURLY_JOBS: readonly RegionJob[] = ['weekly', 'achievements'];
export const KEEP_HOURLY_MS = 2 * 86_400_000;

export interface DueRun {
  job: RegionJob;
  /**
   * reconcile: the region-local date; monthly: the month whose charts are sent; weekly and
   * achievements: the region-local hour, `YYYY-MM-DDTHH`.
   */
  period: string;
}

function localParts(now: Date, tz: string): { date: string; hour: number } {
  const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: tz, hour: '2-digit', hourCycle: 'h23' }).format(now));
  return { date: dateInZone(now, tz), hour };
}

/** What is due for a region at `now` (catching up on a run missed while no replica was up). */
export function dueRuns(row: RegionRow, tz: string, now: Date): DueRun[] {
  const { date, hour } = localParts(now, tz);
  const due: DueRun[] = [];
  const scrape = row.scrape_backblasts === null || Number(row.scrape_backblasts) !== 0;
  if (scrape && hour >= 3) due.push({ job: 'reconcile', period: date });
  const day = Number(date.slice(8));
  if ((day === 1 && hour >= 9) || day === 2 || day === 3) due.push({ job: 'monthly', period: previousMonth(date.slice(0, 7)) });
  const thisHour = `${date}T${String(hour).padStart(2, '0')}`;
  for (const job of HOURLY_JOBS) due.push({ job, period: thisHour });
  return due;
}

export interface RegionJobOptions {
  now?: () => Date;
  /** How many regions work at once. */
  concurrency?: number;
  leaseMs?: number;
  tickMs?: number;
}

export interface RunOutcome {
  region: string;
  job: RegionJob;
  period: string;
  ok: boolean;
  error?: string;
}

async function runJob(ctx: OpenRegion, job: RegionJob, period: string, at: Date): Promise<void> {
  const client = createWebClient(ctx.settings, ctx.log);
  const now = () => at.getTime();
  if (job === 'reconcile') {
    const r = await withJobLock(ctx, 'reconcile', () => reconcile(ctx, client));
    if (!r.ran) throw new Error('another reconciliation of this region is running');
  } else if (job === 'weekly') {
    const r = await runWeekly(ctx, client, { onSchedule: true, now });
    if ('busy' in r) throw new Error('another weekly report of this region is running');
  } else if (job === 'achievements') {
    const r = await runAchievements(ctx, client, { now });
    if ('busy' in r) throw new Error('another achievements run of this region is running');
  } else {
    const r = await runMonthly(ctx, client, period);
    if ('busy' in r) throw new Error('another monthly delivery of this region is running');
  }
}

/** Runs `work` over `items`, at most `limit` at a time. */
/**
 * One pass over every active region: claims and runs what is due. `only` narrows it to one job
 * (the CLI's `reconcile` / `monthly` without `--region`, which pass `force` to run it now).
 */
export async function runDueJobs(
  registry: RegionRegistry,
  log: Logger,
  options: RegionJobOptions & {
    only?: RegionJob;
    force?: (row: RegionRow, tz: string) => DueRun[];
    /** Regions (by schema) whose work is still going on in this process: skipped, and kept up to date. */
    inFlight?: Set<string>;
  } = {},
): Promise<RunOutcome[]> {
  const now = (options.now ?? (() => new Date()))();
  const leaseMs = options.leaseMs ?? 10 * 60_000;
  const holder = newHolder();
  const outcomes: RunOutcome[] = [];
  await pruneRuns(registry.control, HOURLY_JOBS, Date.now() - KEEP_HOURLY_MS);
  const inFlight = options.inFlight ?? new Set<string>();
  const regions = (await registry.activeRegions()).filter((r) => !inFlight.has(r.schema_name));
  await pooled(regions, options.concurrency ?? 4, async (row) => {
    if (inFlight.has(row.schema_name)) return;
    inFlight.add(row.schema_name);
    try {
      await registry.withRegion(row, async (ctx) => {
        const runs = (options.force ? options.force(row, ctx.tz) : dueRuns(row, ctx.tz, now)).filter(
          (r) => !options.only || r.job === options.only,
        );
        for (const run of runs) {
          const key: ClaimKey = { schema: row.schema_name, job: run.job, period: run.period };
          if (!(await claimRun(registry.control, key, holder, leaseMs))) continue;
          const renew = setInterval(() => void renewRun(registry.control, key, holder, leaseMs).catch(() => undefined), leaseMs / 3);
          renew.unref();
          let error: string | null = null;
          try {
            ctx.log.info({ job: run.job, period: run.period }, 'region job starting');
            await runJob(ctx, run.job, run.period, now);
          } catch (err) {
            error = err instanceof Error ? err.message : String(err);
            ctx.log.error({ err, region: row.region, job: run.job, period: run.period }, `region ${row.region}: ${run.job} failed`);
          } finally {
            clearInterval(renew);
          }
          await finishRun(registry.control, key, holder, error);
          outcomes.push({ region: row.region, job: run.job, period: run.period, ok: error === null, ...(error ? { error } : {}) });
        }
      });
    } catch (err) {
      log.error({ err, region: row.region }, `region ${row.region}: could not open its database`);
      outcomes.push({ region: row.region, job: options.only ?? 'reconcile', period: '', ok: false, error: String(err) });
    } finally {
      inFlight.delete(row.schema_name);
    }
  });
  return outcomes;
}

/**
 * Looks for due work every `tickMs` (a minute) until stopped. Each tick starts a pass over the regions
 * not still at work from an earlier one, so one region whose work hangs (a Slack call that never
 * answers) holds back only itself, not every other region on this replica.
 */
export function startRegionJobs(registry: RegionRegistry, log: Logger, options: RegionJobOptions = {}): { stop(): Promise<void> } {
  const jobLog = log.child({ component: 'jobs' });
  const inFlight = new Set<string>();
  const passes = new Set<Promise<unknown>>();
  const tick = () => {
    const pass: Promise<unknown> = runDueJobs(registry, jobLog, { ...options, inFlight })
      .catch((err: unknown) => jobLog.error({ err: errorFields(err) }, 'region jobs pass failed'))
      .finally(() => passes.delete(pass));
    passes.add(pass);
  };
  const timer = setInterval(tick, options.tickMs ?? 60_000);
  timer.unref();
  setTimeout(tick, 1000).unref();
  jobLog.info({ every: options.tickMs ?? 60_000 }, 'region jobs started');
  return {
    stop: async () => {
      clearInterval(timer);
      await Promise.all(passes);
    },
  };
}
