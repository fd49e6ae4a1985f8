import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { Bot } from '../../bot.js';
import { onMessageEvent } from '../../backblasts/messages.js';

/** New, edited and deleted messages in channels the bot is in (Bolt has already answered Slack). */
export function messageEvent(bot: Bot) {
  return async ({ event, client, context }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'message'>): Promise<void> => {
    const queued = bot.work.push(() => onMessageEvent(bot, client, event as unknown as Record<string, unknown>, context));
    if (!queued) bot.ctx.log.warn({ channel: (event as { channel?: string }).channel }, 'event queue full; the nightly reconciliation reads this message');
  };
}
