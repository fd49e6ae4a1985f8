import { parentPort } from 'node:worker_threads';
import { loadSettings } from '../../config.js';
import { createLogger } from '../../log.js';
import { openRegion } from '../../region.js';
import { createWebClient } from '../../slack/client.js';
import { runAchievements } from '../achievements.js';

// Bree's entry for `achievements` (hourly): store new awards, announce each once.

const settings = loadSettings();
const log = createLogger(settings.logLevel).child({ component: 'jobs', job: 'achievements' });
const ctx = await openRegion(settings, log, { migrate: false });
try {
  const result = await runAchievements(ctx, createWebClient(settings, log));
  if ('busy' in result) log.warn('another achievements run is going; this one stops');
} catch (err) {
  log.error({ err }, 'achievements failed');
} finally {
  await ctx.close();
}
if (parentPort) parentPort.postMessage('done');
