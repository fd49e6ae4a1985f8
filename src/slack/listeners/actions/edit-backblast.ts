import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { SlackMessage } from '../../../backblast/types.js';
import type { Bot } from '../../bot.js';
import { openEditForm } from '../../backblasts/edit.js';
import { readEditValue } from '../../blocks/ids.js';

/** Edit (on our post) and Edit in form (on the private note): the form for that backblast. */
export function editBackblastAction(bot: Bot) {
  return async ({
    ack,
    action,
    body,
    client,
    context,
  }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>): Promise<void> => {
    await ack();
    const onMessage = body.container?.type === 'message' && !body.container.is_ephemeral;
    const at =
      readEditValue(action.value) ??
      (onMessage && body.container.channel_id && body.container.message_ts
        ? { channel: body.container.channel_id, ts: body.container.message_ts }
        : null);
    if (!at) return;
    const seen = onMessage ? (body.message as SlackMessage | undefined) : undefined;
    await openEditForm(bot, client, { triggerId: body.trigger_id, userId: body.user.id, at, seen, me: context });
  };
}
