import { ACHIEVEMENTS_LEASE_MS, runAchievementsJob } from '../achievements.js';
import { runJobWorker } from '../worker.js';

// Bree's entry for `achievements` (hourly): store new awards, announce each once.

await runJobWorker('achievements', (ctx, client, now) => runAchievementsJob(ctx, client, { now: () => now.getTime() }), {
  leaseMs: ACHIEVEMENTS_LEASE_MS,
});
