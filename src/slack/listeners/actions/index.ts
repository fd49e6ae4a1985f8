import type { App } from '@slack/bolt';
import type { Bot } from '../../bot.js';
import { EDIT_BACKBLAST } from '../../blocks/ids.js';
import { JOIN_AO_CHANNEL } from '../../home/blocks.js';
import { EDIT_REGION_SETTINGS } from '../../home/region-settings.js';
import { editBackblastAction } from './edit-backblast.js';
import { editRegionSettingsAction } from './edit-region-settings.js';
import { joinAoChannelAction } from './join-ao-channel.js';

export function registerActions(app: App, bot: Bot): void {
  app.action(EDIT_BACKBLAST, editBackblastAction(bot));
  app.action(JOIN_AO_CHANNEL, joinAoChannelAction(bot));
  app.action(EDIT_REGION_SETTINGS, editRegionSettingsAction(bot));
}
