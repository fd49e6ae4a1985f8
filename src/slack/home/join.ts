import type { WebClient } from '@slack/web-api';
import type { SlackChannel } from '../../backblast/types.js';
import { upsertAos } from '../../db/queries/aos.js';
import type { Bot } from '../bot.js';
import { errorFields, slackError } from '../../errors.js';
import { isRegionAdmin } from '../permissions.js';
import { publishHome } from './publish.js';
import { CHANNEL_ID } from '../../slack-ids.js';

/**
 * Joins a public AO channel for a region admin (conversations.join), records it in `aos`, and
 * refreshes his Home tab with what happened. Anyone else's click does nothing but refresh.
 */
export async function joinAoChannel(bot: Bot, client: WebClient, req: { userId: string; channelId: string; botUserId?: string; today: string }): Promise<void> {
  let notice = '';
  try {
    if (!CHANNEL_ID.test(req.channelId) || !req.channelId.startsWith('C')) notice = 'That is not a public channel I can join.';
    else if (!(await isRegionAdmin(bot.ctx, client, req.userId))) notice = "Only the region's admins can add me to channels.";
    else {
      const res = await client.conversations.join({ channel: req.channelId });
      if (res.channel) await upsertAos(bot.ctx.db, [res.channel as SlackChannel]);
      notice = `:white_check_mark: Joined <#${req.channelId}>: its backblasts are read from now on (the nightly run reads the last week).`;
      bot.ctx.log.info({ channel: req.channelId, by: req.userId }, 'joined an AO channel from the App Home');
    }
  } catch (err) {
    const code = slackError(err) ?? 'error';
    notice =
      code === 'missing_scope'
        ? ':warning: Slack says I may not join channels yet: add the `channels:join` scope (reinstall the app from the current manifest).'
        : `:warning: Could not join <#${req.channelId}>: ${code}.`;
    bot.ctx.log.warn({ err: errorFields(err), channel: req.channelId }, 'could not join an AO channel');
  }
  try {
    await publishHome(bot, client, req.userId, { today: req.today, botUserId: req.botUserId, notice });
  } catch (err) {
    bot.ctx.log.warn({ err: errorFields(err), user: req.userId }, 'could not refresh the App Home tab');
  }
}
