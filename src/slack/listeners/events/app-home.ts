import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { awardsOf } from '../../../db/queries/achievements.js';
import { paxFigures } from '../../../stats/pax.js';
import type { Bot } from '../../bot.js';
import { achievementBlocks } from '../../blocks/achievements.js';
import { homeView } from '../../blocks/stats.js';
import { timeOf } from '../time.js';

/** The App Home tab: the user's own figures, fresh each time he opens it. */
export function appHomeOpened(bot: Bot) {
  return async ({ event, client, context }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_home_opened'>): Promise<void> => {
    if (event.tab !== 'home') return;
    const figures = await paxFigures(bot.ctx.db, event.user, { today: timeOf(context).today });
    const view = homeView(figures);
    view.blocks.push(...achievementBlocks(await awardsOf(bot.ctx.db, event.user)));
    await client.views.publish({ user_id: event.user, view });
  };
}
