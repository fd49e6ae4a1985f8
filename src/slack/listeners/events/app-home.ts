import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { Bot } from '../../bot.js';
import { errorFields } from '../../../errors.js';
import { publishHome } from '../../home/publish.js';
import { timeOf } from '../time.js';

/** The App Home tab: the user's own figures, fresh each time he opens it; for admins, the AO channels. */
export function appHomeOpened(bot: Bot) {
  return async ({ event, client, context }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_home_opened'>): Promise<void> => {
    if (event.tab !== 'home') return;
    try {
      await publishHome(bot, client, event.user, { today: timeOf(context).today, botUserId: context.botUserId });
    } catch (err) {
      bot.ctx.log.warn({ err: errorFields(err), user: event.user }, 'could not publish the App Home tab');
    }
  };
}
