import { daysInsight } from '../../stats/insights/days.js';
import { daysChart } from '../../charts/configs/insights-days.js';
import { daysMessage } from '../blocks/insights.js';
import { aoArgument, problemReply } from './args.js';
import { chartFiles } from './charts.js';
import type { Subcommand } from './types.js';

const USAGE = 'days [#ao]';

export const daysSubcommand: Subcommand = {
  name: 'days',
  usage: USAGE,
  summary: 'the busiest days of the week, region-wide or at one AO',
  access: 'admin',
  async run(req) {
    try {
      const aoId = req.args.length === 0 ? undefined : await aoArgument(req.ctx, req.args);
      const answer = await daysInsight(req.ctx.db, { asOf: req.today, aoId });
      const reply = daysMessage(answer);
      return answer.busiest === null ? reply : { ...reply, charts: await chartFiles(req.ctx, [daysChart(answer)]) };
    } catch (err) {
      return problemReply(err, USAGE);
    }
  },
};
