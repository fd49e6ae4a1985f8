import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { paxBundle } from '../../../charts/month.js';
import { chartRenderer } from '../../../charts/render.js';
import { sendPrivately } from '../../../charts/upload.js';
import { awardsOf } from '../../../db/queries/achievements.js';
import { paxFigures } from '../../../stats/pax.js';
import { todayIn } from '../../../stats/period.js';
import type { Bot } from '../../bot.js';
import { achievementBlocks } from '../../blocks/achievements.js';
import { mystatsMessage } from '../../blocks/stats.js';
import { describe } from '../../directory.js';

/** `/mystats [YYYY]`: the asker's figures, privately, and his chart in his DMs with the bot. */
export function mystatsCommand(bot: Bot) {
  return async ({ ack, command, client, respond }: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> => {
    await ack();
    const { ctx } = bot;
    const userId = command.user_id;
    const arg = command.text.trim();
    if (arg !== '' && !/^\d{4}$/.test(arg)) {
      await respond({ response_type: 'ephemeral', text: 'Usage: `/mystats` for this year, or `/mystats 2025` for another.' });
      return;
    }
    try {
      const today = todayIn(ctx.tz, new Date());
      const figures = await paxFigures(ctx.db, userId, { today, year: arg === '' ? undefined : Number(arg) });
      const hasChart = figures.posts.year > 0;
      const message = mystatsMessage(figures, hasChart ? 'Your chart is on its way to your DMs with me.' : '');
      const awards = await awardsOf(ctx.db, userId);
      await respond({
        response_type: 'ephemeral',
        text: message.text,
        blocks: [...message.blocks, ...achievementBlocks(awards)],
      });
      if (!hasChart) return;
      const bundle = await paxBundle(ctx.db, userId, figures.month);
      const render = chartRenderer(ctx.settings);
      const files = await Promise.all(
        bundle.specs.map(async (s) => ({ filename: `${s.name}.png`, title: s.title, png: await render(s) })),
      );
      await sendPrivately(client, userId, files, bundle.message);
    } catch (err) {
      ctx.log.error({ err: describe(err), user: userId }, '/mystats failed');
      await respond({
        response_type: 'ephemeral',
        text: 'Sorry, I could not finish your figures just now. Please try again in a minute.',
      }).catch(() => undefined);
    }
  };
}
