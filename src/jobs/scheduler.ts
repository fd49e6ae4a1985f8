import { fileURLToPath } from 'node:url';
import Bree from 'bree';
import { errorFields } from '../errors.js';
import type { RegionContext } from '../region.js';

/** A scheduled job: a thin Bree worker in `workers/` that calls one plain job function. */
export interface JobSpec {
  name: string;
  /** Cron expression, read in the region's time zone. */
  cron: string;
}

/** The region's schedule. */
export const JOBS: JobSpec[] = [
  { name: 'monthly', cron: '0 9 1 * *' },
  { name: 'reconcile', cron: '0 3 * * *' },
  { name: 'achievements', cron: '20 * * * *' },
  { name: 'weekly', cron: '5 * * * *' },
];

export interface Scheduler {
  stop(): Promise<void>;
}

/** Starts Bree with the region's jobs, each in a worker thread; workers read the same environment. */
export async function startScheduler(ctx: RegionContext, jobs: JobSpec[] = JOBS): Promise<Scheduler> {
  if (jobs.length === 0) return { stop: async () => undefined };
  const log = ctx.log.child({ component: 'jobs' });
  const bree = new Bree({
    root: false,
    logger: {
      info: (...args: unknown[]) => log.info(args.map(String).join(' ')),
      warn: (...args: unknown[]) => log.warn(args.map(String).join(' ')),
      error: (...args: unknown[]) => log.error(args.map(String).join(' ')),
    } as never,
    errorHandler: (error, meta) => log.error({ err: errorFields(error), job: meta?.name }, 'job failed'),
    jobs: jobs.map((j) => ({
      name: j.name,
      path: fileURLToPath(new URL(`./workers/${j.name}.js`, import.meta.url)),
      cron: j.cron,
      timezone: ctx.tz,
    })),
  });
  await bree.start();
  log.info({ jobs: jobs.map((j) => `${j.name} (${j.cron} ${ctx.tz})`) }, 'scheduler started');
  return { stop: () => bree.stop() };
}
