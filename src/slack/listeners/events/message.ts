import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { Bot } from '../../bot.js';
import { onMessageEvent } from '../../backblasts/messages.js';

/** New, edited and deleted messages in channels the bot is in (Bolt has already answered Slack). */
export function messageEvent(bot: Bot) {
  return async ({ event, client, context }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'message'>): Promise<void> => {
    await onMessageEvent(bot, client, event as unknown as Record<string, unknown>, context);
  };
}
