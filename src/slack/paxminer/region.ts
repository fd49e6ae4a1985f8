import { regionBundle } from '../../charts/month.js';
import { parseMonth } from '../../stats/period.js';
import { regionMonth } from '../../stats/region.js';
import { regionMessage } from '../blocks/stats.js';
import { ArgumentProblem, problemReply } from './args.js';
import { chartFiles } from './charts.js';
import { defaultMonth, withNote } from './default-month.js';
import type { Subcommand } from './types.js';

const USAGE = 'region [YYYY-MM]';

export const regionSubcommand: Subcommand = {
  name: 'region',
  usage: USAGE,
  summary: 'the region’s month: leaderboards, unique PAX and FNGs by AO, with the charts',
  access: 'admin',
  async run(req) {
    try {
      if (req.args.length > 1) throw new ArgumentProblem('Give one month at most.');
      const fallback = req.args[0] === undefined ? await defaultMonth(req.ctx.db, req.today) : undefined;
      const month = fallback ? fallback.month : parseMonth(req.args[0]!);
      if (!month) throw new ArgumentProblem(`'${req.args[0]}' is not a month; write it like 2026-11.`);
      const [figures, bundle] = await Promise.all([regionMonth(req.ctx.db, month), regionBundle(req.ctx.db, month)]);
      const charts = figures.beatdowns > 0 ? await chartFiles(req.ctx, bundle.specs) : [];
      const message = regionMessage(figures, charts.length > 0 ? 'The charts are in your DMs with me.' : '');
      return { ...withNote(message, fallback?.note ?? ''), charts };
    } catch (err) {
      return problemReply(err, USAGE);
    }
  },
};
