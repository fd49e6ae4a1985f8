import { parentPort } from 'node:worker_threads';
import { loadSettings } from '../../config.js';
import { createLogger } from '../../log.js';
import { openRegion } from '../../region.js';
import { createWebClient } from '../../slack/client.js';
import { previousMonth, todayIn } from '../../stats/period.js';
import { runMonthly } from '../monthly.js';

// Bree's entry for `monthly` (1st of the month, 09:00 REGION_TZ): last month's charts, sent once.

const settings = loadSettings();
const log = createLogger(settings.logLevel).child({ component: 'jobs', job: 'monthly' });
const ctx = await openRegion(settings, log, { migrate: false });
try {
  const month = previousMonth(todayIn(ctx.tz, new Date()).slice(0, 7));
  const result = await runMonthly(ctx, createWebClient(settings, log), month);
  if ('busy' in result) log.warn({ month }, 'another monthly delivery is running; this one stops');
} finally {
  await ctx.close();
}
if (parentPort) parentPort.postMessage('done');
