import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { joinAoChannel } from '../../home/join.js';
import type { Bot } from '../../bot.js';
import { timeOf } from '../time.js';

/** App Home "Join" beside a public AO channel the bot is not in. */
export function joinAoChannelAction(bot: Bot) {
  return async ({ ack, action, body, client, context }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>): Promise<void> => {
    await ack();
    await joinAoChannel(bot, client, { userId: body.user.id, channelId: action.value ?? '', botUserId: context.botUserId, today: timeOf(context).today });
  };
}
