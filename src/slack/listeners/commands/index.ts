import type { App } from '@slack/bolt';
import type { Bot } from '../../bot.js';
import { BACKBLAST_COMMAND } from '../../blocks/ids.js';
import { backblastCommand } from './backblast.js';
import { mystatsCommand } from './mystats.js';
import { paxminerCommand } from './paxminer.js';

export function registerCommands(app: App, bot: Bot): void {
  app.command(BACKBLAST_COMMAND, backblastCommand(bot));
  app.command('/mystats', mystatsCommand(bot));
  app.command('/paxminer', paxminerCommand(bot));
}
