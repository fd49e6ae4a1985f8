import type { App } from '@slack/bolt';
import type { Bot } from '../../bot.js';
import { BACKBLAST_SHORTCUT } from '../../blocks/ids.js';
import { loadedOnUse } from '../on-use.js';

export function registerShortcuts(app: App, bot: Bot): void {
  app.shortcut(BACKBLAST_SHORTCUT, loadedOnUse(async () => (await import('./backblast.js')).backblastShortcut(bot)));
}
