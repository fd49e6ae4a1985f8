import type { App } from '@slack/bolt';
import type { Bot } from '../../bot.js';
import { BACKBLAST_FORM } from '../../blocks/ids.js';
import { backblastFormSubmission } from './backblast-form.js';

export function registerViews(app: App, bot: Bot): void {
  app.view(BACKBLAST_FORM, backblastFormSubmission(bot));
}
