import type { WebClient } from '@slack/web-api';
import { paxFigures } from '../../stats/pax.js';
import { downrangeOf } from '../../stats/downrange.js';
import type { Bot } from '../bot.js';
import { homeView } from '../blocks/stats.js';
import { errorFields } from '../../errors.js';
import { awardsOf } from '../../db/queries/achievements.js';
import { achievementBlocks } from '../blocks/achievements.js';
import { isRegionAdmin } from '../permissions.js';
import { aoChannels } from './ao-channels.js';
import { aoChannelBlocks } from './blocks.js';
import { regionSettingsBlocks } from './region-settings.js';

/**
 * Publishes a user's Home tab: his figures, and for a region admin the region settings (many-regions
 * mode) and the AO channels and which the bot is not in. The admin part failing (Slack refusing a list)
 * never keeps his figures from showing.
 */
export async function publishHome(
  bot: Bot,
  client: WebClient,
  userId: string,
  options: { today: string; botUserId?: string; notice?: string },
): Promise<void> {
  const { today, botUserId, notice = '' } = options;
  const figures = await paxFigures(bot.ctx.db, userId, { today });
  const view = homeView(figures, await downrangeOf(bot.ctx, userId, figures.year));
  view.blocks.push(...achievementBlocks(await awardsOf(bot.ctx.db, userId)));
  try {
    if (await isRegionAdmin(bot.ctx, client, userId)) {
      view.blocks.push(...regionSettingsBlocks(bot.ctx));
      view.blocks = [...view.blocks, ...aoChannelBlocks(await aoChannels(bot.ctx, client), botUserId, notice)];
    }
  } catch (err) {
    bot.ctx.log.warn({ err: errorFields(err), user: userId }, 'App Home: could not list the AO channels');
  }
  await client.views.publish({ user_id: userId, view });
}

/**
 * Many-regions mode, after the region's settings changed: the user's Home tab drawn from the region as
 * the registry has it now (the calling listener's context is the one from before the change).
 */
export async function publishFreshHome(bot: Bot, client: WebClient, userId: string, options: { today: string; botUserId?: string }): Promise<void> {
  try {
    await bot.ctx.withFreshContext?.((ctx) => publishHome({ ...bot, ctx }, client, userId, options));
  } catch (err) {
    bot.ctx.log.warn({ err: errorFields(err), user: userId }, 'could not publish the App Home tab');
  }
}
