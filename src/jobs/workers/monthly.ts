import { previousMonth, todayIn } from '../../stats/period.js';
import { MONTHLY_LEASE_MS, sendMonthly } from '../monthly.js';
import { runJobWorker } from '../worker.js';

// Bree's entry for `monthly` (1st of the month, 09:00 REGION_TZ): last month's charts, sent once.

await runJobWorker('monthly', (ctx, client, now) => sendMonthly(ctx, client, previousMonth(todayIn(ctx.tz, now).slice(0, 7))), {
  leaseMs: MONTHLY_LEASE_MS,
});
