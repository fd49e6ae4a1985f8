import type { Kysely } from 'kysely';
import type { Settings } from './config.js';
import type { Database } from './db/types.js';
import type { DialectName } from './db/dialect.js';
import { openDatabase } from './db/connect.js';
import { migrateToLatest } from './db/migrate.js';
import type { Logger } from './log.js';

/**
 * Everything code needs to act for one region (one Slack workspace): its database, time zone and
 * settings. Passed in, never imported, so one process can serve many regions later.
 */
export interface RegionContext {
  db: Kysely<Database>;
  dialect: DialectName;
  tz: string;
  settings: Settings;
  log: Logger;
  /** Many-regions mode: which registry row this is (absent in one-region mode). */
  region?: RegionInfo;
  /**
   * Many-regions mode: a man's posts in the year at the deployment's other active regions, matched by
   * his email (downrange credit). Absent in one-region mode.
   */
  downrange?: (email: string, year: number) => Promise<DownrangePosts[]>;
  /** Many-regions mode: writes this region's settings to its registry row (App Home, admins only). */
  saveRegionSettings?: (values: RegionSettingsValues) => Promise<void>;
  /** Many-regions mode: runs `work` with this region's context as the registry has it now. */
  withFreshContext?: (work: (ctx: RegionContext) => Promise<void>) => Promise<void>;
}

/** A man's posts at another region in a year, and the date of the last. */
export interface DownrangePosts {
  region: string;
  posts: number;
  last: string | null;
}

/** The registry settings a region's admins change in the App Home. */
export interface RegionSettingsValues {
  timeZone: string;
  firstfChannel: string | null;
  adminUserIds: string[];
  scrapeBackblasts: boolean;
  charts: RegionInfo['charts'];
}

/** A region of the registry: its name, team, schema and PAXminer's switches. */
export interface RegionInfo {
  name: string;
  teamId: string | null;
  schema: string;
  scrapeBackblasts: boolean;
  charts: { pax: boolean; ao: boolean; q: boolean; region: boolean };
}

/** Opens a region's database from its settings and brings its schema up to date. */
export async function openRegion(settings: Settings, log: Logger, options: { migrate?: boolean } = {}): Promise<RegionContext & { close(): Promise<void> }> {
  const handle = openDatabase(settings.databaseUrl);
  try {
    if (options.migrate !== false) await migrateToLatest(handle.db);
  } catch (err) {
    await handle.db.destroy();
    throw err;
  }
  return {
    db: handle.db,
    dialect: handle.dialect,
    tz: settings.regionTz,
    settings,
    log,
    close: () => handle.db.destroy(),
  };
}
