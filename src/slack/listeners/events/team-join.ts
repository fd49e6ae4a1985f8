import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackUser } from '../../../backblast/types.js';
import { upsertUsers } from '../../../db/queries/users.js';
import { linkNewMember } from '../../fng-follow-up.js';
import type { Bot } from '../../bot.js';
import { errorFields } from '../../../errors.js';

/** A new member: recorded, and linked to the beatdowns he was named at as an FNG. */
export function teamJoin(bot: Bot) {
  return async ({ event, client }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'team_join'>): Promise<void> => {
    const user = event.user as unknown as SlackUser;
    try {
      await upsertUsers(bot.ctx.db, [user]);
      await linkNewMember(bot.ctx, client, user);
    } catch (err) {
      bot.ctx.log.warn({ err: errorFields(err), user: user.id }, 'could not follow up a new member');
    }
  };
}
