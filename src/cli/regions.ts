import { sql } from '../db/kysely.js';
import { isManyRegions, loadSettings } from '../config.js';
import { createLogger } from '../log.js';
import { lastRuns } from '../regions/claims.js';
import type { RegionRow } from '../regions/queries.js';
import { RegionRegistry } from '../regions/registry.js';
import { createWebClient } from '../slack/client.js';
import { UsageError, type CliIO, type CommandRunner } from './command.js';
import { readFlags } from './flags.js';

export interface RegionListing {
  region: string;
  team_id: string | null;
  schema_name: string;
  active: boolean;
  beatdowns: number;
  last_backblast: string | null;
  last_reconcile: string | null;
  last_monthly: string | null;
}

async function listing(registry: RegionRegistry, row: RegionRow, runs: Map<string, Record<string, string>>): Promise<RegionListing> {
  const figures = await registry.withRegion(row, (ctx) =>
    ctx.db
      .selectFrom('beatdowns')
      .select([sql<number>`count(*)`.as('n'), sql<string | null>`max(bd_date)`.as('last')])
      .executeTakeFirstOrThrow(),
  );
  return {
    region: row.region,
    team_id: row.team_id,
    schema_name: row.schema_name,
    active: Number(row.active) === 1,
    beatdowns: Number(figures.n),
    last_backblast: figures.last ? String(figures.last).slice(0, 10) : null,
    last_reconcile: runs.get(row.schema_name)?.reconcile ?? null,
    last_monthly: runs.get(row.schema_name)?.monthly ?? null,
  };
}

function table(rows: RegionListing[]): string {
  const head = ['region', 'team', 'schema', 'active', 'beatdowns', 'last backblast', 'last reconcile', 'last monthly'];
  const cells = rows.map((r) => [
    r.region,
    r.team_id ?? '-',
    r.schema_name,
    r.active ? 'yes' : 'no',
    String(r.beatdowns),
    r.last_backblast ?? '-',
    r.last_reconcile ?? '-',
    r.last_monthly ?? '-',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  return [head, ...cells].map((line) => line.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}

async function add(registry: RegionRegistry, args: string[], io: CliIO): Promise<number> {
  const flags = readFlags(args, { valued: ['token', 'schema', 'name'] });
  const token = flags.get('token');
  if (typeof token !== 'string' || !token.startsWith('xoxb-')) throw new UsageError('--token xoxb-… is required (the region\'s bot token)');
  const schema = flags.get('schema');
  if (typeof schema === 'string' && !/^[A-Za-z0-9_]{1,64}$/.test(schema)) {
    throw new UsageError(`--schema: letters, digits and _ only, got '${schema}'`);
  }
  const name = flags.get('name');
  const who = await createWebClient({ slackBotToken: token, slackApiUrl: registry.settings.slackApiUrl }).auth.test();
  if (!who.team_id) throw new Error('auth.test did not name the workspace');
  const row = await registry.install({
    teamId: who.team_id,
    teamName: who.team,
    botToken: token,
    botUserId: who.user_id,
    botId: who.bot_id,
    schema: typeof schema === 'string' ? schema : undefined,
    name: typeof name === 'string' ? name : undefined,
  });
  io.stdout.write(`${row.region}: team ${row.team_id}, schema ${row.schema_name}, active\n`);
  return 0;
}

export const regionsCommand: CommandRunner = {
  async run(args, io) {
    const settings = loadSettings(io.env);
    if (!isManyRegions(settings)) {
      throw new UsageError('regions needs many-regions mode: set SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET');
    }
    const log = createLogger(settings.logLevel === 'info' ? 'warn' : settings.logLevel, { pretty: false, destination: 2 });
    const registry = await RegionRegistry.open(settings, log, { poolSize: 4, cacheSize: 4 });
    try {
      if (args[0] === 'add') return await add(registry, args.slice(1), io);
      const json = readFlags(args, { valued: [], switches: ['json'] }).has('json');
      const runs = await lastRuns(registry.control);
      const rows: RegionListing[] = [];
      for (const row of await registry.list()) rows.push(await listing(registry, row, runs));
      io.stdout.write(json ? `${JSON.stringify(rows)}\n` : `${rows.length ? table(rows) : 'no regions yet'}\n`);
      return 0;
    } finally {
      await registry.close();
    }
  },
};
