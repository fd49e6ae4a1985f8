import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { Bot } from '../../bot.js';
import { saveRegionSettings } from '../../home/region-settings.js';

/** The region settings modal submitted: saved for a region admin, errors on the fields, or refused. */
export function regionSettingsSubmission(bot: Bot) {
  return async ({ ack, view, body, client }: AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>): Promise<void> => {
    const outcome = await saveRegionSettings(bot.ctx, client, body.user.id, view.state.values);
    if (outcome.ok) await ack();
    else if (outcome.errors) await ack({ response_action: 'errors', errors: outcome.errors });
    else
      await ack({
        response_action: 'update',
        view: { type: 'modal', title: { type: 'plain_text', text: 'Region settings' }, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: outcome.refused ?? '' } }] },
      });
  };
}
