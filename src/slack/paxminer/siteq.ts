import { siteQs, setSiteQs } from '../../db/queries/weekly.js';
import { aoNames } from '../../db/queries/stats.js';
import { ArgumentProblem, aoArgument, problemReply, userArgument } from './args.js';
import type { Subcommand } from './types.js';

const USAGE = 'siteq [#ao @pax… | #ao none]';

export const siteqSubcommand: Subcommand = {
  name: 'siteq',
  usage: USAGE,
  summary: "who gets each AO's weekly kotter report (AOs without a site Q: the admins)",
  access: 'admin',
  async run(req) {
    const { db } = req.ctx;
    try {
      if (req.args.length === 0) {
        const [sites, names] = await Promise.all([siteQs(db), aoNames(db)]);
        if (sites.size === 0)
          return { text: 'No site Qs set: every weekly report goes to the admins. `/paxminer siteq #ao @pax` sets one.' };
        const lines = [...sites].map(([ao, users]) => `#${names.get(ao) ?? ao}: ${users.map((u) => `<@${u}>`).join(', ')}`);
        return { text: `Site Qs:\n${lines.join('\n')}` };
      }
      const [ao, ...people] = req.args;
      const aoId = await aoArgument(req.ctx, ao!);
      if (people.length === 0) throw new ArgumentProblem('Name the site Q with @, or `none`.');
      const userIds =
        people.length === 1 && people[0]!.toLowerCase() === 'none'
          ? []
          : await Promise.all(people.map((p) => userArgument(req.ctx, p)));
      await setSiteQs(db, aoId, [...new Set(userIds)], req.userId, req.now.getTime());
      return {
        text:
          userIds.length === 0
            ? `<#${aoId}> has no site Q now: its weekly report goes to the admins.`
            : `Site Q of <#${aoId}>: ${userIds.map((u) => `<@${u}>`).join(', ')}. The weekly report for it goes to ${userIds.length === 1 ? 'him' : 'them'}.`,
      };
    } catch (err) {
      return problemReply(err, USAGE);
    }
  },
};
