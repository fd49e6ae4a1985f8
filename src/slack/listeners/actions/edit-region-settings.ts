import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { Bot } from '../../bot.js';
import { openRegionSettings } from '../../home/region-settings.js';

/** App Home "Edit settings" (many-regions mode): the region settings modal, for its admins. */
export function editRegionSettingsAction(bot: Bot) {
  return async ({ ack, body, client }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>): Promise<void> => {
    await ack();
    await openRegionSettings(bot.ctx, client, body.user.id, body.trigger_id);
  };
}
