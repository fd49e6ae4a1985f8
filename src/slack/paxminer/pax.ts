import { usersNamed } from '../../db/queries/insights.js';
import type { RegionContext } from '../../region.js';
import { PERIODS, asOfDate, type Period } from '../../stats/insights/calendar.js';
import { paxInsight } from '../../stats/insights/pax.js';
import { paxMessage } from '../blocks/insights.js';
import type { Subcommand, SubcommandReply } from './types.js';

/** A word the asker typed that names nothing we know: the reply says so. */
export class ArgumentProblem extends Error {}

/**
 * The man some words name: a mention as Slack escapes it (`<@U123|name>`), a bare id, or, when
 * Slack did not escape it, `@name` (spaces allowed) matched against the recorded display and real
 * names. Throws an ArgumentProblem when they name nobody, or several men.
 */
export async function userArgument(ctx: RegionContext, words: string | readonly string[]): Promise<string> {
  const text = typeof words === 'string' ? words : words.join(' ');
  const mention = /^<@([UW][A-Z0-9]+)(\|[^>]*)?>$/.exec(text);
  if (mention) return mention[1]!;
  if (/^[UW][A-Z0-9]{2,}$/.test(text)) return text;
  if (!text.startsWith('@') || text.length < 2) throw new ArgumentProblem(`I can't tell who '${text}' is; mention him with @.`);
  const found = await usersNamed(ctx.db, text.slice(1));
  if (found.length === 1) return found[0]!.user_id;
  throw new ArgumentProblem(
    found.length === 0
      ? `I don't know anyone called ${text}. Try picking him from Slack's @ list.`
      : `Several men are called ${text}; pick him from Slack's @ list.`,
  );
}

/** The reply to a question that cannot be answered as asked. */
export function problemReply(err: unknown, usage: string): SubcommandReply {
  if (err instanceof ArgumentProblem) return { text: `${err.message}\nUsage: \`/paxminer ${usage}\`` };
  throw err;
}

const USAGE = 'pax [@user] [week|month|year]';

export const paxSubcommand: Subcommand = {
  name: 'pax',
  usage: USAGE,
  summary: 'posts this week, month and year, and where he posts most',
  access: 'self-or-admin',
  async run(req) {
    try {
      const period = (req.args.find((a) => (PERIODS as readonly string[]).includes(a.toLowerCase()))?.toLowerCase() ??
        'month') as Period;
      const words = req.args.filter((a) => !(PERIODS as readonly string[]).includes(a.toLowerCase()));
      const userId = words.length === 0 ? req.userId : await userArgument(req.ctx, words);
      if (userId !== req.userId && !req.isAdmin) {
        return { text: 'You can ask about yourself any time; figures about other PAX are for the region’s admins.' };
      }
      return paxMessage(await paxInsight(req.ctx.db, { userId, period, asOf: asOfDate(req.ctx.tz) }));
    } catch (err) {
      return problemReply(err, USAGE);
    }
  },
};
