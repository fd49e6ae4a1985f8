import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { sendPrivately } from '../../../charts/upload.js';
import type { Bot } from '../../bot.js';
import { answerPaxminer } from '../../paxminer/dispatch.js';
import { timeOf } from '../time.js';

/** `/paxminer <subcommand> …`: answered privately; charts go to the asker's DMs with the bot. */
export function paxminerCommand(bot: Bot) {
  return async ({ ack, command, client, respond, context }: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> => {
    await ack();
    const { ctx } = bot;
    const userId = command.user_id;
    const { now, today } = timeOf(context);
    const reply = await answerPaxminer({ ctx, client, userId, channelId: command.channel_id, text: command.text, now, today });
    await respond({ response_type: 'ephemeral', text: reply.text, ...(reply.blocks ? { blocks: reply.blocks } : {}) });
    if (reply.charts?.length) await sendPrivately(client, userId, reply.charts, reply.text);
  };
}
