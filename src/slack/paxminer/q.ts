import { isMonth } from '../../time.js';
import { qInsight } from '../../stats/insights/q.js';
import { qMessage } from '../blocks/insights.js';
import { problemReply, userArgument } from './args.js';
import type { Subcommand } from './types.js';

const USAGE = 'q @user [YYYY-MM]';

export const qSubcommand: Subcommand = {
  name: 'q',
  usage: USAGE,
  summary: 'how often he Q’d last month (or a given month), and attendance when he Qs',
  access: 'admin',
  async run(req) {
    try {
      const month = req.args.find(isMonth);
      const words = req.args.filter((a) => !isMonth(a));
      const userId = words.length === 0 ? req.userId : await userArgument(req.ctx, words);
      return qMessage(await qInsight(req.ctx.db, { userId, month, asOf: req.today }));
    } catch (err) {
      return problemReply(err, USAGE);
    }
  },
};
