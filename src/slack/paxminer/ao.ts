import { aoBundle } from '../../charts/month.js';
import { aoMonth } from '../../stats/ao.js';
import { parseMonth } from '../../stats/period.js';
import { aoMessage } from '../blocks/stats.js';
import { ArgumentProblem, aoArgument, problemReply } from './args.js';
import { chartFiles } from './charts.js';
import { defaultMonth, withNote } from './default-month.js';
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
      let month: string | undefined;
      for (const arg of req.args) {
        const asMonth = parseMonth(arg);
        if (asMonth) month = asMonth;
        else if (/^\d{4}-\d{1,2}$/.test(arg)) throw new ArgumentProblem(`'${arg}' is not a month; write it like 2026-11.`);
        else if (aoId === undefined) aoId = await aoArgument(req.ctx, arg);
        else throw new ArgumentProblem('Name one AO at most.');
      }
      aoId ??= req.channelId;
      if (!CHANNEL_ID.test(aoId)) throw new ArgumentProblem('Name the AO, like `/paxminer ao #ao-the-yard`.');
      const fallback = month === undefined ? await defaultMonth(req.ctx.db, req.today, aoId) : undefined;
      month ??= fallback!.month;
      const note = fallback?.note ?? '';
      const figures = await aoMonth(req.ctx.db, aoId, month);
      if (figures.beatdowns === 0 && figures.posts === 0) return withNote(aoMessage(figures, ''), note);
      const charts = await chartFiles(req.ctx, (await aoBundle(req.ctx.db, aoId, month)).specs);
      return { ...withNote(aoMessage(figures, charts.length > 0 ? 'The charts are in your DMs with me.' : ''), note), charts };
    } catch (err) {
      return problemReply(err, USAGE);
    }
  },
};
