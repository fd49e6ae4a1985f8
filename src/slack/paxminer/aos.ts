import { chartRenderer } from '../../charts/render.js';
import type { ChartSpec } from '../../charts/types.js';
import { aoTrendsChart } from '../../charts/configs/insights-aos.js';
import type { RegionContext } from '../../region.js';
import { asOfDate } from '../../stats/insights/calendar.js';
import { aosInsight } from '../../stats/insights/aos.js';
import { aosMessage } from '../blocks/insights.js';
import type { ChartFile, Subcommand } from './types.js';

/** Renders an answer's charts; a chart that fails to render is left out and logged, the answer still goes. */
export async function chartFiles(ctx: RegionContext, specs: ChartSpec[]): Promise<ChartFile[]> {
  const render = chartRenderer(ctx.settings);
  const files: ChartFile[] = [];
  for (const spec of specs) {
    try {
      files.push({ filename: `${spec.name}.png`, title: spec.title, png: await render(spec) });
    } catch (err) {
      ctx.log.warn({ err, chart: spec.name }, 'insight chart failed to render; answering without it');
    }
  }
  return files;
}

export const aosSubcommand: Subcommand = {
  name: 'aos',
  usage: 'aos',
  summary: 'AO attendance trends, which AOs run full, and whether it is time for a new one',
  access: 'admin',
  async run(req) {
    if (req.args.length > 0) return { text: 'Usage: `/paxminer aos` (it takes no arguments)' };
    const answer = await aosInsight(req.ctx.db, { asOf: asOfDate(req.ctx.tz) });
    const reply = aosMessage(answer);
    return answer.aos.length === 0 ? reply : { ...reply, charts: await chartFiles(req.ctx, [aoTrendsChart(answer)]) };
  },
};
