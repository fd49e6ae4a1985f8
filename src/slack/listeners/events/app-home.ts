import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { awardsOf } from '../../../db/queries/achievements.js';
import { paxFigures } from '../../../stats/pax.js';
import { todayIn } from '../../../stats/period.js';
import type { Bot } from '../../bot.js';
import { achievementBlocks } from '../../blocks/achievements.js';
import { homeView } from '../../blocks/stats.js';
import { describe } from '../../directory.js';

/** The App Home tab: the user's own figures, fresh each time he opens it. */
export function appHomeOpened(bot: Bot) {
  return async ({ event, client }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_home_opened'>): Promise<void> => {
    if (event.tab !== 'home') return;
    try {
      const figures = await paxFigures(bot.ctx.db, event.user, { today: todayIn(bot.ctx.tz, new Date()) });
      const view = homeView(figures);
      view.blocks.push(...achievementBlocks(await awardsOf(bot.ctx.db, event.user)));
      await client.views.publish({ user_id: event.user, view });
    } catch (err) {
      bot.ctx.log.warn({ err: describe(err), user: event.user }, 'could not publish the App Home tab');
    }
  };
}
