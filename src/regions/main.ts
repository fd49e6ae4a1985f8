import type { Settings } from '../config.js';
import type { Logger } from '../log.js';
import { createRegionsApp } from './app.js';
import { startRegionJobs } from './jobs.js';
import { RegionRegistry } from './registry.js';
import { createWebClient } from '../slack/client.js';

/** Start-up in many-regions mode: control database → registry → HTTP app with OAuth → jobs for every region. */
export async function startManyRegions(settings: Settings, log: Logger): Promise<{ stop(): Promise<void> }> {
  const registry = await RegionRegistry.open(settings, log);
  await adoptPaxminerRegions(registry, settings, log);
  const regions = await registry.list();
  log.info({ database: registry.dialect, regions: regions.length, active: regions.filter((r) => Number(r.active) === 1).length }, 'control database ready');
  const app = createRegionsApp(registry, settings, log);
  await app.start();
  log.info({ mode: 'http', port: settings.port, manyRegions: true }, 'bot started');
  const jobs = settings.jobs ? startRegionJobs(registry, log, jobOptions(settings)) : { stop: async () => undefined };
  return {
    stop: async () => {
      await jobs.stop();
      await app.stop();
      await registry.close();
    },
  };
}

/** The scheduler's tick and, for tests and drills (JOBS_CLOCK), a clock that starts at a set instant and runs on. */
function jobOptions(settings: Settings): { tickMs?: number; now?: () => Date } {
  const start = settings.jobsClock;
  const offset = start ? start.getTime() - Date.now() : 0;
  return { tickMs: settings.jobsTickMs, ...(start ? { now: () => new Date(Date.now() + offset) } : {}) };
}

/** Names the team of PAXminer's registered regions from their tokens (auth.test at SLACK_API_URL). */
export function adoptPaxminerRegions(registry: RegionRegistry, settings: Settings, log: Logger): Promise<number> {
  return registry.adoptPaxminerRows((token) => createWebClient({ slackBotToken: token, slackApiUrl: settings.slackApiUrl }, log).auth.test());
}
