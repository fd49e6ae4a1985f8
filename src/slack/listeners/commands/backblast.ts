import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { Bot } from '../../bot.js';
import { backblastModal } from '../../blocks/modal.js';
import { errorFields } from '../../../errors.js';
import { timeOf } from '../time.js';
import { CHANNEL_ID } from '../../../slack-ids.js';

/** `/backblast`: the form, with the AO where it was typed, today and the typer as Q. */
export function backblastCommand(bot: Bot) {
  return async ({ ack, command, client, context }: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> => {
    await ack();
    const view = backblastModal(
      {
        aoChannelId: CHANNEL_ID.test(command.channel_id) ? command.channel_id : undefined,
        date: timeOf(context).today,
        qUserId: command.user_id,
      },
      { mode: 'new' },
    );
    try {
      await client.views.open({ trigger_id: command.trigger_id, view });
    } catch (err) {
      bot.ctx.log.warn({ err: errorFields(err), user: command.user_id }, 'could not open the backblast form');
    }
  };
}
