import { ConfigError } from '../config.js';
import { runWeekly } from '../jobs/weekly.js';
import { createWebClient } from '../slack/client.js';
import type { Command } from './command.js';
import { readFlags } from './flags.js';
import { withRegion } from './region.js';

export const weeklyCommand: Command = {
  name: 'weekly',
  usage: 'weekly [--dry-run]',
  summary:
    "send this week's kotter report to each AO's site Qs (admins for AOs without one), each once; --dry-run prints it, sending nothing",
  async run(args, io) {
    const flags = readFlags(args, { valued: [], switches: ['dry-run'] });
    const dryRun = flags.has('dry-run');
    return withRegion(io, async (ctx) => {
      if (!dryRun && !ctx.settings.slackBotToken) {
        throw new ConfigError('SLACK_BOT_TOKEN', 'required to send the weekly report (or use --dry-run)');
      }
      const result = await runWeekly(ctx, createWebClient(ctx.settings, ctx.log), { dryRun });
      if ('busy' in result) {
        io.stderr.write('paxminer weekly: another weekly report is running for this region; try again when it ends\n');
        return 1;
      }
      for (const d of result.deliveries) {
        io.stdout.write(`${d.outcome}\t${d.recipient}\t${d.aoIds.join(',')}${d.error ? ` (${d.error})` : ''}\t${d.text}\n`);
      }
      for (const ao of result.unaddressed)
        io.stderr.write(`no site Q and no ADMIN_USER_IDS for ${ao}: set one with /paxminer siteq\n`);
      io.stderr.write(`week of ${result.week}${dryRun ? ' (dry run)' : ''}: ${result.deliveries.length} recipients\n`);
      return result.deliveries.some((d) => d.outcome === 'failed') ? 1 : 0;
    });
  },
};
