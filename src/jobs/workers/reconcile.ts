import { parentPort } from 'node:worker_threads';
import { loadSettings } from '../../config.js';
import { createLogger } from '../../log.js';
import { openRegion } from '../../region.js';
import { createWebClient } from '../../slack/client.js';
import { withJobLock } from '../lock.js';
import { reconcile } from '../reconcile.js';

// Bree's entry for `reconcile` (every night, 03:00 REGION_TZ): catch up with Slack's history.

const settings = loadSettings();
const log = createLogger(settings.logLevel).child({ component: 'jobs', job: 'reconcile' });
const ctx = await openRegion(settings, log, { migrate: false });
try {
  const result = await withJobLock(ctx, 'reconcile', () => reconcile(ctx, createWebClient(settings, log)));
  if (!result.ran) log.warn('another reconciliation is running; this one stops');
} catch (err) {
  log.error({ err }, 'reconciliation failed');
} finally {
  await ctx.close();
}
if (parentPort) parentPort.postMessage('done');
