import type { App } from '@slack/bolt';
import type { Bot } from '../../bot.js';
import { EDIT_BACKBLAST } from '../../blocks/ids.js';
import { editBackblastAction } from './edit-backblast.js';

export function registerActions(app: App, bot: Bot): void {
  app.action(EDIT_BACKBLAST, editBackblastAction(bot));
}
