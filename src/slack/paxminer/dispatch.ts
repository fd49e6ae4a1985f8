import type { WebClient } from '@slack/web-api';
import type { RegionContext } from '../../region.js';
import { helpMessage } from '../blocks/stats.js';
import { errorFields } from '../../errors.js';
import { isRegionAdmin } from '../permissions.js';
import { subcommands } from './index.js';
import type { SubcommandReply } from './types.js';
import { USER_MENTION_ARG } from '../../slack-ids.js';

export interface PaxminerRequest {
  ctx: RegionContext;
  client: WebClient;
  userId: string;
  channelId: string;
  /** What was typed after `/paxminer`. */
  text: string;
  now: Date;
  /** The day of `now` in the region's time zone. */
  today: string;
}

async function adminOrNot(req: PaxminerRequest): Promise<boolean> {
  try {
    return await isRegionAdmin(req.ctx, req.client, req.userId);
  } catch (err) {
    req.ctx.log.warn({ err: errorFields(err), user: req.userId }, 'could not tell whether the asker is an admin; answering as to a PAX');
    return false;
  }
}

/** `<@U…>` mentions of someone other than the asker. */
function mentionsOthers(args: string[], userId: string): boolean {
  return args.some((a) => {
    const m = USER_MENTION_ARG.exec(a);
    return m !== null && m[1] !== userId;
  });
}

/**
 * One `/paxminer …`: finds the subcommand (help when none or unknown), keeps region-wide answers to
 * region admins and answers about other PAX to admins, and runs it.
 */
export async function answerPaxminer(req: PaxminerRequest): Promise<SubcommandReply> {
  const [first, ...args] = req.text.trim().split(/\s+/).filter(Boolean);
  const name = first?.toLowerCase();
  const isAdmin = await adminOrNot(req);
  const subcommand = subcommands.find((s) => s.name === name);
  if (!subcommand) return helpMessage(subcommands, isAdmin, first);
  if (!isAdmin && subcommand.access === 'admin') {
    return {
      text:
        `Sorry, \`/paxminer ${subcommand.name}\` is for the region's Nantans and admins. ` +
        '`/mystats` has your own figures any time, and `/paxminer help` lists what you can ask.',
    };
  }
  if (!isAdmin && subcommand.access === 'self-or-admin' && mentionsOthers(args, req.userId)) {
    return { text: "You can ask about yourself any time; figures about other PAX are for the region's Nantans and admins." };
  }
  const { ctx, client, userId, channelId, now, today } = req;
  return subcommand.run({ ctx, client, userId, channelId, args, isAdmin, now, today });
}
