import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { paxBundle } from '../../../charts/month.js';
import { renderFiles } from '../../../charts/files.js';
import { lazyChartRenderer } from '../../../charts/lazy-render.js';
import { sendPrivately } from '../../../charts/upload.js';
import { awardsOf } from '../../../db/queries/achievements.js';
import { paxFigures } from '../../../stats/pax.js';
import { downrangeOf } from '../../../stats/downrange.js';
import type { Bot } from '../../bot.js';
import { achievementBlocks } from '../../blocks/achievements.js';
import { mystatsMessage } from '../../blocks/stats.js';
import { timeOf } from '../time.js';

/** `/mystats [YYYY]`: the asker's figures, privately, and his chart in his DMs with the bot. */
export function mystatsCommand(bot: Bot) {
  return async ({ ack, command, client, respond, context }: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> => {
    await ack();
    const { ctx } = bot;
    const userId = command.user_id;
    const arg = command.text.trim();
    if (arg !== '' && !/^\d{4}$/.test(arg)) {
      await respond({ response_type: 'ephemeral', text: 'Usage: `/mystats` for this year, or `/mystats 2025` for another.' });
      return;
    }
    const { today } = timeOf(context);
    const figures = await paxFigures(ctx.db, userId, { today, year: arg === '' ? undefined : Number(arg) });
    const hasChart = figures.posts.year > 0;
    const downrange = await downrangeOf(ctx, userId, figures.year);
    const message = mystatsMessage(figures, hasChart ? 'Your chart is on its way to your DMs with me.' : '', downrange);
    const awards = await awardsOf(ctx.db, userId);
    await respond({ response_type: 'ephemeral', text: message.text, blocks: [...message.blocks, ...achievementBlocks(awards)] });
    if (!hasChart) return;
    const bundle = await paxBundle(ctx.db, userId, figures.month, undefined, downrange);
    const files = await renderFiles(bundle.specs, lazyChartRenderer(ctx.settings));
    await sendPrivately(client, userId, files, bundle.message);
  };
}
