import type { Kysely } from 'kysely';
import type { Settings } from '../config.js';
import { migrateControl, migrateToLatest } from '../db/migrate.js';
import type { ControlDatabase, Database } from '../db/types.js';
import type { Logger } from '../log.js';
import type { RegionContext, RegionInfo, RegionSettingsValues } from '../region.js';
import { isValidTimeZone } from '../time.js';
import { regionDatabases, SCHEMA_NAME, type RegionDatabases } from './databases.js';
import { Lru } from './lru.js';
import { DownrangeCache, downrangePosts } from './downrange.js';
import { CHANNEL_ID, USER_ID } from '../slack-ids.js';
import { freshToken } from './rotation.js';
import {
  allRegions,
  deactivateTeam,
  insertRegion,
  regionByKey,
  regionByTeam,
  regionByToken,
  rowsWithoutTeam,
  takenNames,
  updateRegion,
  updateRegionSettings,
  type RegionRow,
} from './queries.js';

// The region registry of many-regions mode: the control database's `regions` rows, and each region's
// database opened on first use, migrated, and kept in a bounded cache (least recently used closed).

/** What an OAuth install (or `regions add`) tells us about a workspace. */
export interface InstallFacts {
  teamId: string;
  teamName: string | undefined;
  enterpriseId?: string | undefined;
  botToken: string;
  botUserId?: string | undefined;
  botId?: string | undefined;
  installerUserId?: string | undefined;
  expiresAt?: number | undefined;
  refreshToken?: string | undefined;
  /** For `regions add`: the schema and name the admin chose. */
  schema?: string | undefined;
  name?: string | undefined;
}

export type OpenRegion = RegionContext & { row: RegionRow };

interface CachedRegion {
  ctx: OpenRegion;
  close: () => Promise<void>;
  inUse: number;
  evicted: boolean;
}

const on = (v: number | null | undefined) => v === null || v === undefined || Number(v) !== 0;

export function regionInfo(row: RegionRow): RegionInfo {
  return {
    name: row.region,
    teamId: row.team_id,
    schema: row.schema_name,
    scrapeBackblasts: on(row.scrape_backblasts),
    charts: {
      pax: on(row.send_pax_charts),
      ao: on(row.send_ao_leaderboard),
      q: on(row.send_q_charts),
      region: on(row.send_region_leaderboard),
    },
  };
}

/** A region's settings: the deployment's, with the registry's token, time zone, 1st-F channel and admins. */
export function regionSettings(base: Settings, row: RegionRow): Settings {
  const tz = row.time_zone && isValidTimeZone(row.time_zone) ? row.time_zone : base.regionTz;
  const channel = row.firstf_channel && CHANNEL_ID.test(row.firstf_channel) ? row.firstf_channel : undefined;
  const admins = (row.admin_user_ids ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => USER_ID.test(s));
  return { ...base, slackBotToken: row.slack_token ?? undefined, regionTz: tz, regionChannel: channel, adminUserIds: admins };
}

/** The columns a cached region's context is built from: when one differs, the context is built again. */
const CONTEXT_COLUMNS = [
  'slack_token',
  'active',
  'schema_name',
  'time_zone',
  'firstf_channel',
  'admin_user_ids',
  'scrape_backblasts',
  'send_pax_charts',
  'send_ao_leaderboard',
  'send_q_charts',
  'send_region_leaderboard',
] as const satisfies ReadonlyArray<keyof RegionRow>;

/** Whether a context built from row `a` is still right for row `b` (read afresh, maybe by another replica). */
export function sameContext(a: RegionRow, b: RegionRow): boolean {
  return CONTEXT_COLUMNS.every((c) => String(a[c] ?? '') === String(b[c] ?? ''));
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
}

export class RegionRegistry {
  readonly control: Kysely<ControlDatabase>;
  private readonly cache: Lru<string, CachedRegion>;
  private readonly migrated = new Set<string>();
  private readonly opening = new Map<string, Promise<CachedRegion>>();
  private readonly downrangeCache = new DownrangeCache();

  private constructor(
    readonly databases: RegionDatabases,
    readonly settings: Settings,
    readonly log: Logger,
    readonly cacheSize: number,
  ) {
    this.control = databases.control<ControlDatabase>().db;
    this.cache = new Lru(cacheSize, (_schema, entry) => {
      entry.evicted = true;
      if (entry.inUse === 0) void entry.close();
    });
  }

  /** Opens the control database named by DATABASE_URL and brings the registry's schema up to date. */
  static async open(settings: Settings, log: Logger, options: { cacheSize?: number; poolSize?: number } = {}): Promise<RegionRegistry> {
    const databases = regionDatabases(settings.databaseUrl, { poolSize: options.poolSize });
    try {
      await migrateControl(databases.control().db);
    } catch (err) {
      await databases.close();
      throw err;
    }
    return new RegionRegistry(databases, settings, log, options.cacheSize ?? 100);
  }

  get dialect() {
    return this.databases.dialect;
  }

  list(): Promise<RegionRow[]> {
    return allRegions(this.control);
  }

  async activeRegions(): Promise<RegionRow[]> {
    return (await this.list()).filter((r) => Number(r.active) === 1 && r.slack_token && r.schema_name);
  }

  byTeam(teamId: string): Promise<RegionRow | undefined> {
    return regionByTeam(this.control, teamId);
  }

  /** By name, team id or schema (the CLI's `--region`). */
  find(key: string): Promise<RegionRow | undefined> {
    return regionByKey(this.control, key);
  }

  /** The active region of a team, or undefined: such a team is not set up here. */
  async activeByTeam(teamId: string): Promise<RegionRow | undefined> {
    const row = await this.byTeam(teamId);
    return row && Number(row.active) === 1 && row.slack_token ? row : undefined;
  }

  /**
   * An install: a workspace with a row (a PAXminer region or a reinstall) gets its new token and is
   * active again on the same schema; a new one gets a row and a new schema or file, migrated.
   */
  async install(facts: InstallFacts, now = Date.now()): Promise<RegionRow> {
    const oauth = {
      slack_token: facts.botToken,
      team_id: facts.teamId,
      enterprise_id: facts.enterpriseId ?? null,
      bot_user_id: facts.botUserId ?? null,
      bot_id: facts.botId ?? null,
      installer_user_id: facts.installerUserId ?? null,
      installed_at: now,
      uninstalled_at: null,
      token_expires_at: facts.expiresAt ?? null,
      refresh_token: facts.refreshToken ?? null,
      active: 1,
    };
    const existing = (await this.byTeam(facts.teamId)) ?? (await regionByToken(this.control, facts.botToken));
    let region: string;
    if (existing) {
      region = existing.region;
      await updateRegion(this.control, region, oauth);
    } else {
      const taken = await takenNames(this.control);
      region = this.freeName(facts.name ?? facts.teamName ?? facts.teamId, facts.teamId, taken.regions);
      const schema = facts.schema ?? this.freeSchema(facts.teamName ?? facts.teamId, facts.teamId, taken.schemas);
      if (!SCHEMA_NAME.test(schema)) throw new Error(`bad schema name '${schema}': letters, digits and _ only`);
      await insertRegion(this.control, {
        region,
        schema_name: schema,
        firstf_channel: null,
        contact: null,
        send_pax_charts: 1,
        send_ao_leaderboard: 1,
        send_q_charts: 1,
        send_region_leaderboard: 1,
        scrape_backblasts: 1,
        time_zone: null,
        admin_user_ids: null,
        ...oauth,
      });
    }
    this.forget(facts.teamId);
    const row = (await this.byTeam(facts.teamId))!;
    const opened = await this.acquire(row);
    this.release(opened);
    this.log.info({ region: row.region, team: row.team_id, schema: row.schema_name, reinstall: Boolean(existing) }, 'region installed');
    return row;
  }

  /**
   * PAXminer's regions registered before this app have a token but no team id: `auth.test` names the
   * team, written to our columns only (PAXminer's are left as they are).
   */
  async adoptPaxminerRows(whoIs: (token: string) => Promise<{ team_id?: string; user_id?: string; bot_id?: string }>): Promise<number> {
    let adopted = 0;
    for (const row of await rowsWithoutTeam(this.control)) {
      try {
        const who = await whoIs(row.slack_token!);
        if (!who.team_id) continue;
        await updateRegion(this.control, row.region, { team_id: who.team_id, bot_user_id: who.user_id ?? null, bot_id: who.bot_id ?? null });
        adopted += 1;
      } catch (err) {
        this.log.warn({ err, region: row.region }, `region ${row.region}: its token did not answer auth.test; left as it is`);
      }
    }
    return adopted;
  }

  /** `app_uninstalled` / `tokens_revoked`: inactive, token dropped, data kept. */
  async deactivate(teamId: string, now = Date.now()): Promise<boolean> {
    const n = await deactivateTeam(this.control, teamId, now);
    this.forget(teamId);
    if (n > 0) this.log.info({ team: teamId }, 'region uninstalled: inactive, token dropped, data kept');
    return n > 0;
  }

  /** Changes a region's registry settings (App Home, CLI). */
  async update(row: RegionRow, set: Parameters<typeof updateRegion>[2]): Promise<void> {
    await updateRegion(this.control, row.region, set);
    if (row.team_id) this.forget(row.team_id);
  }

  /** An admin's App Home change: written to the row; the cached context is built again on next use. */
  async saveSettings(row: RegionRow, values: RegionSettingsValues): Promise<void> {
    await updateRegionSettings(this.control, row.region, values);
    if (row.team_id) this.forget(row.team_id);
    this.log.info({ region: row.region }, 'region settings changed');
  }

  /**
   * The region's context (its database, time zone and settings), opened and migrated on first use.
   * Pair with `release`: a region pushed out of the cache closes when its last user is done.
   */
  async acquire(row: RegionRow): Promise<OpenRegion> {
    row = await this.fresh(row);
    const key = row.schema_name;
    let entry = this.cache.get(key);
    if (!entry || !sameContext(entry.ctx.row, row)) {
      let pending = this.opening.get(key);
      if (!pending) {
        pending = this.openEntry(row).finally(() => this.opening.delete(key));
        this.opening.set(key, pending);
      }
      entry = await pending;
    }
    entry.inUse += 1;
    return entry.ctx;
  }

  /** The row with its rotating token refreshed when it expires within two hours (see rotation.ts). */
  fresh(row: RegionRow, now = Date.now()): Promise<RegionRow> {
    return freshToken(this, row, now);
  }

  release(ctx: OpenRegion): void {
    const entry = this.entries.get(ctx);
    if (!entry) return;
    entry.inUse -= 1;
    if (entry.evicted && entry.inUse === 0) void entry.close();
  }

  /** Runs `work` with the region's context, released afterwards. */
  async withRegion<T>(row: RegionRow, work: (ctx: OpenRegion) => Promise<T>): Promise<T> {
    const ctx = await this.acquire(row);
    try {
      return await work(ctx);
    } finally {
      this.release(ctx);
    }
  }

  get cachedRegions(): number {
    return this.cache.size;
  }

  async close(): Promise<void> {
    this.cache.clear();
    await this.databases.close();
  }

  private readonly entries = new WeakMap<OpenRegion, CachedRegion>();

  private async openEntry(row: RegionRow): Promise<CachedRegion> {
    const key = row.schema_name;
    if (!this.migrated.has(key)) {
      await this.databases.create(key);
    }
    const handle = this.databases.open<Database>(key);
    try {
      if (!this.migrated.has(key)) {
        await migrateToLatest(handle.db);
        this.migrated.add(key);
      }
    } catch (err) {
      await handle.close();
      throw err;
    }
    const settings = regionSettings(this.settings, row);
    const ctx: OpenRegion = {
      db: handle.db,
      dialect: handle.dialect,
      tz: settings.regionTz,
      settings,
      log: this.log.child({ region: row.region }),
      region: regionInfo(row),
      saveRegionSettings: (values) => this.saveSettings(row, values),
      withFreshContext: async (work) => {
        const fresh = row.team_id ? await this.activeByTeam(row.team_id) : undefined;
        if (fresh) await this.withRegion(fresh, work);
      },
      row,
      downrange: (email, year) => downrangePosts(this, row, email, year, { cache: this.downrangeCache }),
    };
    const entry: CachedRegion = { ctx, close: () => handle.close(), inUse: 0, evicted: false };
    this.entries.set(ctx, entry);
    this.cache.set(key, entry);
    return entry;
  }

  /** Drops a team's cached region so the next use reads the registry again. */
  private forget(teamId: string): void {
    for (const entry of this.cache.values()) {
      if (entry.ctx.row.team_id === teamId) this.cache.delete(entry.ctx.row.schema_name);
    }
  }

  private freeName(wanted: string, teamId: string, taken: Set<string>): string {
    const name = wanted.trim().slice(0, 45) || teamId;
    return taken.has(name.toLowerCase()) ? `${name.slice(0, 44 - teamId.length)} ${teamId}` : name;
  }

  private freeSchema(teamName: string, teamId: string, taken: Set<string>): string {
    const control = this.controlName().toLowerCase();
    const base = `f3_${slug(teamName) || teamId.toLowerCase()}`.slice(0, 48);
    let schema = base;
    for (let i = 2; taken.has(schema.toLowerCase()) || schema.toLowerCase() === control; i++) schema = `${base}_${i}`;
    return schema;
  }

  private controlName(): string {
    const url = this.settings.databaseUrl;
    if (url.startsWith('sqlite:')) return (url.split(/[\\/]/).pop() ?? '').replace(/\.sqlite3?$|\.db$/, '');
    return decodeURIComponent(new URL(url).pathname.slice(1));
  }
}
