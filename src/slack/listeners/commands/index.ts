import type { App } from '@slack/bolt';
import type { Bot } from '../../bot.js';
import { BACKBLAST_COMMAND } from '../../blocks/ids.js';
import { loadedOnUse } from '../on-use.js';

export function registerCommands(app: App, bot: Bot): void {
  app.command(BACKBLAST_COMMAND, loadedOnUse(async () => (await import('./backblast.js')).backblastCommand(bot)));
  app.command('/mystats', loadedOnUse(async () => (await import('./mystats.js')).mystatsCommand(bot)));
  app.command('/paxminer', loadedOnUse(async () => (await import('./paxminer.js')).paxminerCommand(bot)));
}
