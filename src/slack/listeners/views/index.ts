import type { App } from '@slack/bolt';
import type { Bot } from '../../bot.js';
import { BACKBLAST_FORM } from '../../blocks/ids.js';
import { REGION_SETTINGS_FORM } from '../../home/region-settings.js';
import { backblastFormSubmission } from './backblast-form.js';
import { regionSettingsSubmission } from './region-settings.js';

export function registerViews(app: App, bot: Bot): void {
  app.view(BACKBLAST_FORM, backblastFormSubmission(bot));
  app.view(REGION_SETTINGS_FORM, regionSettingsSubmission(bot));
}
