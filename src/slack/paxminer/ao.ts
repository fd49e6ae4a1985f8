import { aoBundle } from '../../charts/month.js';
import { aoMonth } from '../../stats/ao.js';
import { parseMonth } from '../../stats/period.js';
import { aoMessage } from '../blocks/stats.js';
import { ArgumentProblem, aoArgument, problemReply } from './args.js';
import { chartFiles } from './charts.js';
import type { Subcommand } from './types.js';
import { CHANNEL_ID } from '../../slack-ids.js';

const USAGE = 'ao [#channel] [YYYY-MM]';

export const aoSubcommand: Subcommand = {
  name: 'ao',
  usage: USAGE,
  summary: "an AO's month: beatdowns, posts, PAX, FNGs, who Q'd, with its charts (the channel you are in by default)",
  access: 'admin',
  async run(req) {
    try {
      let aoId: string | undefined;
      let month = req.today.slice(0, 7);
      for (const arg of req.args) {
        const asMonth = parseMonth(arg);
        if (asMonth) month = asMonth;
        else if (/^\d{4}-\d{1,2}$/.test(arg)) throw new ArgumentProblem(`'${arg}' is not a month; write it like 2026-11.`);
        else if (aoId === undefined) aoId = await aoArgument(req.ctx, arg);
        else throw new ArgumentProblem('Name one AO at most.');
      }
      aoId ??= req.channelId;
      if (!CHANNEL_ID.test(aoId)) throw new ArgumentProblem('Name the AO, like `/paxminer ao #ao-the-yard`.');
      const figures = await aoMonth(req.ctx.db, aoId, month);
      if (figures.beatdowns === 0 && figures.posts === 0) return aoMessage(figures, '');
      const charts = await chartFiles(req.ctx, (await aoBundle(req.ctx.db, aoId, month)).specs);
      return { ...aoMessage(figures, charts.length > 0 ? 'The charts are in your DMs with me.' : ''), charts };
    } catch (err) {
      return problemReply(err, USAGE);
    }
  },
};
