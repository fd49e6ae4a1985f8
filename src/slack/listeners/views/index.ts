import type { App } from '@slack/bolt';
import type { Bot } from '../../bot.js';
import { BACKBLAST_FORM } from '../../blocks/ids.js';
import { REGION_SETTINGS_FORM } from '../../home/region-settings.js';
import { loadedOnUse } from '../on-use.js';

export function registerViews(app: App, bot: Bot): void {
  app.view(BACKBLAST_FORM, loadedOnUse(async () => (await import('./backblast-form.js')).backblastFormSubmission(bot)));
  app.view(REGION_SETTINGS_FORM, loadedOnUse(async () => (await import('./region-settings.js')).regionSettingsSubmission(bot)));
}
