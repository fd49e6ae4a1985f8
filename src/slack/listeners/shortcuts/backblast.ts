import type { AllMiddlewareArgs, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import type { Bot } from '../../bot.js';
import { backblastModal } from '../../blocks/modal.js';
import { errorFields } from '../../../errors.js';
import { timeOf } from '../time.js';

/** The global "Post a backblast" shortcut: the form, with today and the person as Q. */
export function backblastShortcut(bot: Bot) {
  return async ({ ack, shortcut, client, context }: AllMiddlewareArgs & SlackShortcutMiddlewareArgs): Promise<void> => {
    await ack();
    const view = backblastModal({ date: timeOf(context).today, qUserId: shortcut.user.id }, { mode: 'new' });
    try {
      await client.views.open({ trigger_id: shortcut.trigger_id, view });
    } catch (err) {
      bot.ctx.log.warn({ err: errorFields(err), user: shortcut.user.id }, 'could not open the backblast form');
    }
  };
}
