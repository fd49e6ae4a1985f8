import type { App } from '@slack/bolt';
import type { Bot } from '../../bot.js';
import { BACKBLAST_SHORTCUT } from '../../blocks/ids.js';
import { backblastShortcut } from './backblast.js';

export function registerShortcuts(app: App, bot: Bot): void {
  app.shortcut(BACKBLAST_SHORTCUT, backblastShortcut(bot));
}
