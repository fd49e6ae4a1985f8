import type { App } from '@slack/bolt';
import type { RegionContext } from '../../region.js';
import { systemClock, type Clock } from '../../time.js';
import { createBot } from '../bot.js';
import { registerActions } from './actions/index.js';
import { registerCommands } from './commands/index.js';
import { registerErrorHandler } from './errors.js';
import { registerEvents } from './events/index.js';
import { registerShortcuts } from './shortcuts/index.js';
import { registerClock } from './time.js';
import { registerViews } from './views/index.js';

/** Registers every listener; each lives in its own file under events/, commands/, views/, actions/, shortcuts/. */
export function registerListeners(app: App, ctx: RegionContext, clock: Clock = systemClock): void {
  const bot = createBot(ctx);
  registerClock(app, ctx.tz, clock);
  registerEvents(app, bot);
  registerCommands(app, bot);
  registerViews(app, bot);
  registerActions(app, bot);
  registerShortcuts(app, bot);
  registerErrorHandler(app, ctx);
  // What an earlier run kept while the database was down is recorded now; a stopped app stops retrying.
  bot.retry.start(app.client.token ? app.client : undefined);
  const stop = app.stop.bind(app);
  app.stop = async (...args: Parameters<App['stop']>) => {
    bot.retry.stop();
    return stop(...args);
  };
}
