import { WEEKLY_LEASE_MS, sendWeekly } from '../weekly.js';
import { runJobWorker } from '../worker.js';

// Bree's entry for `weekly` (hourly): the weekly report goes out once its slot (weekly.day and
// weekly.hour in the database, region time) has come; the ledger keeps it to once per week.

await runJobWorker('weekly', (ctx, client, now) => sendWeekly(ctx, client, { onSchedule: true, now: () => now.getTime() }), {
  leaseMs: WEEKLY_LEASE_MS,
});
