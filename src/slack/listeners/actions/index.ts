import type { App } from '@slack/bolt';
import type { Bot } from '../../bot.js';
import { EDIT_BACKBLAST } from '../../blocks/ids.js';
import { JOIN_AO_CHANNEL } from '../../home/blocks.js';
import { EDIT_REGION_SETTINGS } from '../../home/region-settings.js';
import { loadedOnUse } from '../on-use.js';

export function registerActions(app: App, bot: Bot): void {
  app.action(EDIT_BACKBLAST, loadedOnUse(async () => (await import('./edit-backblast.js')).editBackblastAction(bot)));
  app.action(JOIN_AO_CHANNEL, loadedOnUse(async () => (await import('./join-ao-channel.js')).joinAoChannelAction(bot)));
  app.action(EDIT_REGION_SETTINGS, loadedOnUse(async () => (await import('./edit-region-settings.js')).editRegionSettingsAction(bot)));
}
