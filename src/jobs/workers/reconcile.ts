import { reconcile } from '../reconcile.js';
import { runJobWorker } from '../worker.js';

// Bree's entry for `reconcile` (every night, 03:00 REGION_TZ): catch up with Slack's history.

await runJobWorker('reconcile', (ctx, client) => reconcile(ctx, client));
