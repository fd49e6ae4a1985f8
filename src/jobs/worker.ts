import { parentPort } from 'node:worker_threads';
import type { WebClient } from '@slack/web-api';
import { loadSettings } from '../config.js';
import { errorFields } from '../errors.js';
import { createLogger } from '../log.js';
import { openRegion, type RegionContext } from '../region.js';
import { createWebClient } from '../slack/client.js';
import { withJobLock } from './lock.js';

/**
 * The one shape of a Bree worker: the region from the environment, the job under `withJobLock`
 * (a run already going on stops this one), any failure logged, the database closed, Bree told.
 */
export async function runJobWorker(
  name: string,
  job: (ctx: RegionContext, client: WebClient, now: Date) => Promise<unknown>,
  options: { leaseMs?: number } = {},
): Promise<void> {
  const settings = loadSettings();
  const log = createLogger(settings.logLevel).child({ component: 'jobs', job: name });
  const ctx = await openRegion(settings, log, { migrate: false });
  try {
    const client = createWebClient(settings, log);
    const result = await withJobLock(ctx, name, () => job(ctx, client, new Date()), options);
    if (!result.ran) log.warn(`another ${name} run is going on; this one stops`);
  } catch (err) {
    log.error({ err: errorFields(err) }, `${name} failed`);
  } finally {
    await ctx.close();
  }
  if (parentPort) parentPort.postMessage('done');
}
