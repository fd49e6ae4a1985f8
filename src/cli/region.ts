import { isManyRegions, loadSettings } from '../config.js';
import { createLogger } from '../log.js';
import { openRegion, type RegionContext } from '../region.js';
import { RegionRegistry } from '../regions/registry.js';
import { UsageError, type CliIO } from './command.js';

/**
 * Runs a command's work against the region its environment names (migrated first), closing the
 * database afterwards. Logs go to stderr so stdout stays the command's output. In many-regions mode
 * the region is `--region NAME|TEAM_ID` from the registry, or every active region for the commands
 * that run them all (their exit code is the worst of theirs).
 */
export async function withRegion<T>(io: CliIO, work: (ctx: RegionContext) => Promise<T>): Promise<T> {
  const settings = loadSettings(io.env);
  const log = createLogger(settings.logLevel === 'info' ? 'warn' : settings.logLevel, { pretty: false, destination: 2 });
  if (isManyRegions(settings)) return withRegistryRegion(io, settings, log, work);
  const region = await openRegion(settings, log);
  try {
    return await work(region);
  } finally {
    await region.close();
  }
}

async function withRegistryRegion<T>(
  io: CliIO,
  settings: ReturnType<typeof loadSettings>,
  log: ReturnType<typeof createLogger>,
  work: (ctx: RegionContext) => Promise<T>,
): Promise<T> {
  if (!io.region && !io.everyRegion) throw new UsageError('--region NAME|TEAM_ID is required in many-regions mode (see paxminer regions)');
  const registry = await RegionRegistry.open(settings, log, { poolSize: 4, cacheSize: 4 });
  try {
    if (io.region) {
      const row = await registry.find(io.region);
      if (!row) throw new UsageError(`--region: no region '${io.region}' (see paxminer regions)`);
      return await registry.withRegion(row, work);
    }
    let worst = 0;
    for (const row of await registry.activeRegions()) {
      io.stderr.write(`== region ${row.region} (${row.schema_name}) ==\n`);
      try {
        worst = Math.max(worst, Number(await registry.withRegion(row, work)) || 0);
      } catch (err) {
        io.stderr.write(`region ${row.region}: ${err instanceof Error ? err.message : String(err)}\n`);
        worst = Math.max(worst, 1);
      }
    }
    return worst as T;
  } finally {
    await registry.close();
  }
}
