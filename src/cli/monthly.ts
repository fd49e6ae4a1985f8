import { runMonthly } from '../jobs/monthly.js';
import { createWebClient } from '../slack/client.js';
import { ConfigError } from '../config.js';
import type { CommandRunner } from './command.js';
import { monthFlag, readFlags } from './flags.js';
import { withRegion } from './region.js';

export const monthlyCommand: CommandRunner = {
  async run(args, io) {
    const flags = readFlags(args, { valued: ['month'], switches: ['dry-run'] });
    const month = monthFlag(flags);
    const dryRun = flags.has('dry-run');
    return withRegion(io, async (ctx) => {
      if (!dryRun && !ctx.settings.slackBotToken) {
        throw new ConfigError('SLACK_BOT_TOKEN', 'required to send the monthly charts (or use --dry-run)');
      }
      const result = await runMonthly(ctx, createWebClient(ctx.settings, ctx.log), month, { dryRun });
      if ('busy' in result) {
        io.stderr.write(
          'paxminer monthly: another monthly delivery is running for this region; try again when it ends ' +
            '(a crashed run stops holding it within 2 minutes)\n',
        );
        return 1;
      }
      for (const d of result.deliveries) {
        const where = d.channel ? ` ${d.channel}` : '';
        const files = d.files.length > 0 ? ` ${d.files.join(' ')}` : '';
        const error = d.error ? ` (${d.error})` : '';
        io.stdout.write(`${d.outcome}\t${d.kind}\t${d.target}${where}${files}${error}\n`);
      }
      const counts = new Map<string, number>();
      for (const d of result.deliveries) counts.set(d.outcome, (counts.get(d.outcome) ?? 0) + 1);
      const summary = [...counts].map(([k, n]) => `${n} ${k}`).join(', ') || 'nothing to send';
      io.stderr.write(`${month}${dryRun ? ' (dry run)' : ''}: ${summary}\n`);
      return result.deliveries.some((d) => d.outcome === 'failed') ? 1 : 0;
    });
  },
};
