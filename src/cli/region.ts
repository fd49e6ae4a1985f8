import { loadSettings } from '../config.js';
import { createLogger } from '../log.js';
import { openRegion, type RegionContext } from '../region.js';
import type { CliIO } from './command.js';

/**
 * Runs a command's work against the region its environment names (migrated first), closing the
 * database afterwards. Logs go to stderr so stdout stays the command's output.
 */
export async function withRegion<T>(io: CliIO, work: (ctx: RegionContext) => Promise<T>): Promise<T> {
  const settings = loadSettings(io.env);
  const log = createLogger(settings.logLevel === 'info' ? 'warn' : settings.logLevel, { pretty: false, destination: 2 });
  const region = await openRegion(settings, log);
  try {
    return await work(region);
  } finally {
    await region.close();
  }
}
