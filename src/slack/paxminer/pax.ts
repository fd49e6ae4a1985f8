import { PERIODS, type Period } from '../../stats/insights/calendar.js';
import { paxInsight } from '../../stats/insights/pax.js';
import { paxMessage } from '../blocks/insights.js';
import { problemReply, userArgument } from './args.js';
import type { Subcommand } from './types.js';

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
      return paxMessage(await paxInsight(req.ctx.db, { userId, period, asOf: req.today }));
    } catch (err) {
      return problemReply(err, USAGE);
    }
  },
};
