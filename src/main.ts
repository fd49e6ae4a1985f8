import { errorFields } from './errors.js';
import { ConfigError, isManyRegions, loadSettings, requireBotSettings } from './config.js';
import { createLogger } from './log.js';
import { openRegion } from './region.js';
import { holdsSampleRegion, sampleRegionMessage } from './db/queries/sample.js';
import { createSlackApp, startSlackApp } from './slack/app.js';
import { checkSlack, SlackHealth } from './slack/health.js';

async function main(): Promise<void> {
  const settings = loadSettings();
  requireBotSettings(settings);
  const log = createLogger(settings.logLevel);
  if (isManyRegions(settings)) {
    // Many-regions code (the registry, mysql2, region jobs and their charts) loads only in that mode.
    const { startManyRegions } = await import('./regions/main.js');
    const served = await startManyRegions(settings, log);
    onStop(log, () => served.stop());
    return;
  }
  const check = await checkSlack(settings, log);
  if (check.state === 'refused') {
    throw new ConfigError('SLACK_BOT_TOKEN', `Slack refused it (${check.error}): copy the Bot User OAuth Token (xoxb-…) again from the app's OAuth & Permissions page, or reinstall the app`);
  }
  if (check.state === 'unreachable') log.warn({ error: check.error }, 'Slack unreachable: starting anyway; /healthz reports it');
  const ctx = await openRegion(settings, log);
  if (await holdsSampleRegion(ctx.db)) {
    await ctx.close();
    throw new ConfigError('DATABASE_URL', sampleRegionMessage(settings.databaseUrl));
  }
  log.info({ database: ctx.dialect, tz: ctx.tz }, 'database ready');

  const health = new SlackHealth(() => checkSlack(settings, log), check);
  const app = createSlackApp(ctx, { start: { check, health } });
  await startSlackApp(app, ctx);
  log.info(settings.slackAppToken ? { mode: 'socket', port: settings.port } : { mode: 'http', port: settings.port }, 'bot started');
  let scheduler: { stop(): Promise<void> } = { stop: async () => undefined };

  onStop(log, async () => {
    await scheduler.stop();
    await app.stop();
    await ctx.close();
  });
  // Bree loads after the port is open (nothing on the way to the first request needs it), and after
  // the stop handlers are in place: a SIGTERM while it loads still stops cleanly.
  if (settings.jobs) scheduler = await (await import('./jobs/scheduler.js')).startScheduler(ctx);
}

/** Stops cleanly on SIGTERM or SIGINT. */
function onStop(log: ReturnType<typeof createLogger>, close: () => Promise<void>): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    try {
      await close();
      log.info('stopped');
      log.flush();
      process.exit(0);
    } catch (err) {
      log.error({ err: errorFields(err) }, 'unclean stop');
      log.flush();
      process.exit(1);
    }
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`paxminer: ${err.message}\n`);
  } else {
    process.stderr.write(`paxminer: start-up failed: ${err instanceof Error ? err.message : String(err)}\n`);
  }
  process.exit(1);
});
