import { kotterInsight } from '../../stats/insights/kotters.js';
import { kotterMessage } from '../blocks/insights.js';
import { ArgumentProblem, problemReply } from './args.js';
import type { Subcommand } from './types.js';

const USAGE = 'kotter [weeks]';

/** Weeks away, as typed: a whole number from 1 to 52. */
export function weeksArgument(arg: string | undefined): number {
  if (arg === undefined) return 4;
  const weeks = Number(arg);
  if (!/^\d+$/.test(arg) || weeks < 1 || weeks > 52)
    throw new ArgumentProblem(`Weeks away is a whole number from 1 to 52, not '${arg}'.`);
  return weeks;
}

export const kotterSubcommand: Subcommand = {
  name: 'kotter',
  usage: USAGE,
  summary: 'PAX who have gone missing (4 weeks by default), and who used to post with them',
  access: 'admin',
  async run(req) {
    try {
      if (req.args.length > 1) throw new ArgumentProblem('Give one number of weeks at most.');
      const weeks = weeksArgument(req.args[0]);
      return kotterMessage(await kotterInsight(req.ctx.db, { asOf: req.today, weeks }));
    } catch (err) {
      return problemReply(err, USAGE);
    }
  },
};
