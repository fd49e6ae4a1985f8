import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { Bot } from '../../bot.js';
import { publishFreshHome } from '../../home/publish.js';
import { saveRegionSettings } from '../../home/region-settings.js';
import { timeOf } from '../time.js';

/** The region settings modal submitted: saved for a region admin (his Home tab redrawn), errors on the fields, or refused. */
export function regionSettingsSubmission(bot: Bot) {
  return async ({ ack, view, body, client, context }: AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>): Promise<void> => {
    const user = body.user.id;
    const outcome = await saveRegionSettings(bot.ctx, client, user, view.state.values);
    if (outcome.ok) {
      await ack();
      await publishFreshHome(bot, client, user, { today: timeOf(context).today, botUserId: context.botUserId });
    } else if (outcome.errors) await ack({ response_action: 'errors', errors: outcome.errors });
    else
      await ack({
        response_action: 'update',
        view: { type: 'modal', title: { type: 'plain_text', text: 'Region settings' }, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: outcome.refused ?? '' } }] },
      });
  };
}
