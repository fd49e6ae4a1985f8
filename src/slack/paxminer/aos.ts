import { aoTrendsChart } from '../../charts/configs/insights-aos.js';
import { aoColours } from '../../charts/palette.js';
import { aoCreation } from '../../db/queries/stats.js';
import { aosInsight } from '../../stats/insights/aos.js';
import { aosMessage } from '../blocks/insights.js';
import { chartFiles } from './charts.js';
import type { Subcommand } from './types.js';

export const aosSubcommand: Subcommand = {
  name: 'aos',
  usage: 'aos',
  summary: 'AO attendance trends, which AOs run full, and whether it is time for a new one',
  access: 'admin',
  async run(req) {
    if (req.args.length > 0) return { text: 'Usage: `/paxminer aos` (it takes no arguments)' };
    const answer = await aosInsight(req.ctx.db, { asOf: req.today });
    const reply = aosMessage(answer);
    return answer.aos.length === 0 ? reply : { ...reply, charts: await chartFiles(req.ctx, [aoTrendsChart(answer, aoColours(await aoCreation(req.ctx.db)))]) };
  },
};
