import { ConfigError, loadSettings, requireBotSettings } from './config.js';
import { createLogger } from './log.js';
import { openRegion } from './region.js';
import { createSlackApp, startSlackApp } from './slack/app.js';

async function main(): Promise<void> {
  const settings = loadSettings();
  requireBotSettings(settings);
  const log = createLogger(settings.logLevel);
  const ctx = await openRegion(settings, log);
  log.info({ database: ctx.dialect, tz: ctx.tz }, 'database ready');

  const app = createSlackApp(ctx);
  await startSlackApp(app, ctx);
  log.info(settings.slackAppToken ? { mode: 'socket', port: settings.port } : { mode: 'http', port: settings.port }, 'bot started');
  let scheduler: { stop(): Promise<void> } = { stop: async () => undefined };

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    try {
      await scheduler.stop();
      await app.stop();
      await ctx.close();
      log.info('stopped');
      log.flush();
      process.exit(0);
    } catch (err) {
      log.error({ err }, 'unclean stop');
      log.flush();
      process.exit(1);
    }
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  // Bree loads after the port is open (nothing on the way to the first request needs it), and after
  // the stop handlers are in place: a SIGTERM while it loads still stops cleanly.
  if (settings.jobs) scheduler = await (await import('./jobs/scheduler.js')).startScheduler(ctx);
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`paxminer: ${err.message}\n`);
  } else {
    process.stderr.write(`paxminer: start-up failed: ${err instanceof Error ? err.message : String(err)}\n`);
  }
  process.exit(1);
});
