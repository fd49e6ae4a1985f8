import type { Command, CommandRunner } from './command.js';

/**
 * Every `paxminer` command, in the order `--help` lists them. Each entry names its module, loaded only
 * when the command runs: `--help` and `parse` never pay for Bolt, the charts or the scheduler.
 */
export const commands: Command[] = [
  lazy({
    name: 'migrate',
    usage: 'migrate',
    summary: 'apply all migrations to DATABASE_URL (start-up does this too)',
    load: async () => (await import('./migrate.js')).migrateCommand,
  }),
  lazy({
    name: 'parse',
    usage: 'parse [--users FILE] [--channels FILE] [--tz TZ]',
    summary: 'read Slack messages as NDJSON on stdin, write one parse record per line to stdout',
    load: async () => (await import('./parse.js')).parseCommand,
  }),
  lazy({
    name: 'import',
    usage: 'import PATH',
    summary: 'load a Slack workspace export (folder or .zip): users, channels, every backblast; idempotent',
    load: async () => (await import('./import.js')).importCommand,
  }),
  lazy({
    name: 'reconcile',
    usage: 'reconcile [--days N]',
    summary:
      'one run of the nightly reconciliation: sync users and channels, read new history, fix backblasts (first read of a channel: N days, default 7)',
    load: async () => (await import('./reconcile.js')).reconcileCommand,
  }),
  lazy({
    name: 'charts',
    usage: 'charts --month YYYY-MM --out DIR',
    summary: "render every chart of a month (each PAX's, each AO's, the region's) to PNG files in DIR",
    load: async () => (await import('./charts.js')).chartsCommand,
  }),
  lazy({
    name: 'monthly',
    usage: 'monthly --month YYYY-MM [--dry-run]',
    summary: "send a month's charts (PAX DMs, AO channels, REGION_CHANNEL), each once; --dry-run lists them, sending nothing",
    load: async () => (await import('./monthly.js')).monthlyCommand,
  }),
  lazy({
    name: 'stats',
    usage: 'stats --user ID [--year YYYY]',
    summary: 'print the figures /mystats shows, as JSON (posts = beatdowns attended in the year)',
    load: async () => (await import('./stats.js')).statsCommand,
  }),
  lazy({
    name: 'insights',
    usage: 'insights pax|days|q|kotter|aos [options] [--as-of YYYY-MM-DD]',
    summary: "answer a region question as JSON (run `insights help` for each question's options)",
    load: async () => (await import('./insights.js')).insightsCommand,
  }),
  lazy({
    name: 'export',
    usage: 'export --out DIR',
    summary: "write beatdown_info.csv and attendance_view.csv (PAXminer's views) to DIR",
    load: async () => (await import('./export.js')).exportCommand,
  }),
  lazy({
    name: 'manifest',
    usage: 'manifest --url https://HOST [--socket-mode]',
    summary: 'print the Slack app manifest with every address filled in (paste it into api.slack.com/apps)',
    load: async () => (await import('./manifest.js')).manifestCommand,
  }),
  lazy({
    name: 'achievements',
    usage: 'achievements [--user ID]',
    summary: 'bring the awards up to date (announcing nothing) and list them: date, PAX, achievement, how awarded',
    load: async () => (await import('./achievements.js')).achievementsCommand,
  }),
  lazy({
    name: 'weekly',
    usage: 'weekly [--dry-run]',
    summary:
      "send this week's kotter report to each AO's site Qs (admins for AOs without one), each once; --dry-run prints it, sending nothing",
    load: async () => (await import('./weekly.js')).weeklyCommand,
  }),
  lazy({
    name: 'regions',
    usage: 'regions [--json] | regions add --token xoxb-… [--schema NAME] [--name NAME]',
    summary: 'many-regions mode: list the regions of the control database, or register one from its bot token',
    load: async () => (await import('./regions.js')).regionsCommand,
  }),
];

function lazy(entry: Omit<Command, 'run'> & { load: () => Promise<CommandRunner> }): Command {
  const { load, ...described } = entry;
  return { ...described, run: async (args, io) => (await load()).run(args, io) };
}
