import { aoNamed } from '../../db/queries/insights.js';
import type { RegionContext } from '../../region.js';
import { asOfDate } from '../../stats/insights/calendar.js';
import { daysInsight } from '../../stats/insights/days.js';
import { daysChart } from '../../charts/configs/insights-days.js';
import { daysMessage } from '../blocks/insights.js';
import { chartFiles } from './aos.js';
import { ArgumentProblem, problemReply } from './pax.js';
import type { Subcommand } from './types.js';

/** The AO some words name: a channel as Slack escapes it (`<#C123|name>`), a bare id, or `#name`. */
export async function aoArgument(ctx: RegionContext, words: string | readonly string[]): Promise<string> {
  const text = typeof words === 'string' ? words : words.join(' ');
  const mention = /^<#([CG][A-Z0-9]+)(\|[^>]*)?>$/.exec(text);
  if (mention) return mention[1]!;
  if (/^[CG][A-Z0-9]{2,}$/.test(text)) return text;
  const found = await aoNamed(ctx.db, text.replace(/^#/, ''));
  if (found) return found.channel_id;
  throw new ArgumentProblem(`I don't know an AO called ${text}. Try picking the channel from Slack's # list.`);
}

const USAGE = 'days [#ao]';

export const daysSubcommand: Subcommand = {
  name: 'days',
  usage: USAGE,
  summary: 'the busiest days of the week, region-wide or at one AO',
  access: 'admin',
  async run(req) {
    try {
      const aoId = req.args.length === 0 ? undefined : await aoArgument(req.ctx, req.args);
      const answer = await daysInsight(req.ctx.db, { asOf: asOfDate(req.ctx.tz), aoId });
      const reply = daysMessage(answer);
      return answer.busiest === null ? reply : { ...reply, charts: await chartFiles(req.ctx, [daysChart(answer)]) };
    } catch (err) {
      return problemReply(err, USAGE);
    }
  },
};
