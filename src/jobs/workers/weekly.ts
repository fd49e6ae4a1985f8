import { parentPort } from 'node:worker_threads';
import { loadSettings } from '../../config.js';
import { createLogger } from '../../log.js';
import { openRegion } from '../../region.js';
import { createWebClient } from '../../slack/client.js';
import { runWeekly } from '../weekly.js';

// Bree's entry for `weekly` (hourly): the weekly report goes out once its slot (weekly.day and
// weekly.hour in the database, region time) has come; the ledger keeps it to once per week.

const settings = loadSettings();
const log = createLogger(settings.logLevel).child({ component: 'jobs', job: 'weekly' });
const ctx = await openRegion(settings, log, { migrate: false });
try {
  const result = await runWeekly(ctx, createWebClient(settings, log), { onSchedule: true });
  if ('busy' in result) log.warn('another weekly report is running; this one stops');
} catch (err) {
  log.error({ err }, 'weekly report failed');
} finally {
  await ctx.close();
}
if (parentPort) parentPort.postMessage('done');
