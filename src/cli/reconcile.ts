import { ConfigError } from '../config.js';
import { withJobLock } from '../jobs/lock.js';
import { reconcile, type ReconcileSummary } from '../jobs/reconcile.js';
import { createWebClient } from '../slack/client.js';
import { UsageError, type CommandRunner } from './command.js';
import { readFlags } from './flags.js';
import { withRegion } from './region.js';

function daysFlag(value: string | true | undefined): number | undefined {
  if (value === undefined) return undefined;
  const days = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || days < 1) {
    throw new UsageError(`--days: expected a whole number of days, 1 or more, got '${String(value)}'`);
  }
  return days;
}

/** The summary, as the command prints it. */
export function formatReconcile(s: ReconcileSummary): string {
  const out = [
    `Reconciled in ${s.seconds.toFixed(1)} s: ${s.users} users, ${s.channels} channels`,
    `  channels read: ${s.channelsRead}${s.notInChannel.length ? ` (not a member, skipped: ${s.notInChannel.map((c) => `#${c}`).join(', ')})` : ''}`,
    `  pages: ${s.pages}, messages: ${s.messages}`,
    `  backblasts: ${s.saved} new, ${s.updated} updated, ${s.removed} removed, ${s.unchanged} unchanged, ${s.refused.length} refused`,
  ];
  for (const r of s.refused) out.push(`    ${r.channel} ts ${r.ts}: ${r.problem}`);
  for (const f of s.failed) out.push(`  failed: #${f.channel}: ${f.error} (the next run resumes it)`);
  return out.join('\n');
}

export const reconcileCommand: CommandRunner = {
  async run(args, io) {
    const days = daysFlag(readFlags(args, { valued: ['days'] }).get('days'));
    return withRegion(io, async (ctx) => {
      if (!ctx.settings.slackBotToken)
        throw new ConfigError('SLACK_BOT_TOKEN', 'required to read Slack: the Bot User OAuth Token (xoxb-…)');
      const client = createWebClient(ctx.settings, ctx.log);
      const result = await withJobLock(ctx, 'reconcile', () =>
        reconcile(ctx, client, {
          days,
          onPage: (p) => io.stderr.write(`reconcile: #${p.name}: ${p.messages} message${p.messages === 1 ? '' : 's'}\n`),
        }),
      );
      if (!result.ran) {
        io.stderr.write('paxminer reconcile: another reconciliation is running for this region; try again when it ends\n');
        return 1;
      }
      io.stdout.write(`${formatReconcile(result.value)}\n`);
      return result.value.failed.length > 0 ? 1 : 0;
    });
  },
};
