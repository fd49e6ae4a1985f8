import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { ControlDatabase, RegionsTable } from '../db/types.js';
import type { RegionSettingsValues } from '../region.js';

// Named queries on the control database's `regions` table.

export type RegionRow = Selectable<RegionsTable>;
type Control = Kysely<ControlDatabase>;

export function allRegions(db: Control): Promise<RegionRow[]> {
  return db.selectFrom('regions').selectAll().orderBy('region').execute();
}

export function regionByTeam(db: Control, teamId: string): Promise<RegionRow | undefined> {
  return db.selectFrom('regions').selectAll().where('team_id', '=', teamId).orderBy('active', 'desc').executeTakeFirst();
}

/** By region name, team id or schema name. */
export function regionByKey(db: Control, key: string): Promise<RegionRow | undefined> {
  return db
    .selectFrom('regions')
    .selectAll()
    .where((eb) => eb.or([eb('region', '=', key), eb('team_id', '=', key), eb('schema_name', '=', key)]))
    .orderBy('active', 'desc')
    .executeTakeFirst();
}

export async function takenNames(db: Control): Promise<{ regions: Set<string>; schemas: Set<string> }> {
  const rows = await db.selectFrom('regions').select(['region', 'schema_name']).execute();
  return {
    regions: new Set(rows.map((r) => r.region.toLowerCase())),
    schemas: new Set(rows.map((r) => r.schema_name.toLowerCase())),
  };
}

export async function insertRegion(db: Control, row: Insertable<RegionsTable>): Promise<void> {
  await db.insertInto('regions').values(row).execute();
}

export async function updateRegion(db: Control, region: string, set: Updateable<RegionsTable>): Promise<void> {
  await db.updateTable('regions').set(set).where('region', '=', region).execute();
}

/** The settings a region's admins change in the App Home: time zone, 1st-F channel, admins, switches. */
export async function updateRegionSettings(db: Control, region: string, values: RegionSettingsValues): Promise<void> {
  const flag = (on: boolean) => (on ? 1 : 0);
  await db
    .updateTable('regions')
    .set({
      time_zone: values.timeZone,
      firstf_channel: values.firstfChannel,
      admin_user_ids: values.adminUserIds.join(',') || null,
      scrape_backblasts: flag(values.scrapeBackblasts),
      send_pax_charts: flag(values.charts.pax),
      send_ao_leaderboard: flag(values.charts.ao),
      send_q_charts: flag(values.charts.q),
      send_region_leaderboard: flag(values.charts.region),
    })
    .where('region', '=', region)
    .execute();
}

/**
 * Uninstalled or revoked: inactive, token dropped (an empty string: PAXminer's column is NOT NULL),
 * everything else kept.
 */
export async function deactivateTeam(db: Control, teamId: string, now: number): Promise<number> {
  const r = await db
    .updateTable('regions')
    .set({ active: 0, slack_token: '', refresh_token: null, token_expires_at: null, uninstalled_at: now })
    .where('team_id', '=', teamId)
    .where('active', '=', 1)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** PAXminer's rows that have a token but no team id yet (registered before this app). */
export function rowsWithoutTeam(db: Control): Promise<RegionRow[]> {
  return db.selectFrom('regions').selectAll().where('team_id', 'is', null).where('slack_token', 'is not', null).where('slack_token', '!=', '').execute();
}

export function regionByToken(db: Control, token: string): Promise<RegionRow | undefined> {
  return db.selectFrom('regions').selectAll().where('slack_token', '=', token).where('team_id', 'is', null).executeTakeFirst();
}

export function regionByName(db: Control, region: string): Promise<RegionRow | undefined> {
  return db.selectFrom('regions').selectAll().where('region', '=', region).executeTakeFirst();
}

/** Takes a token refresh for this replica: true when the row still held `old` (no one else took it). */
export async function claimRefresh(db: Control, region: string, old: string, claim: string): Promise<boolean> {
  const r = await db.updateTable('regions').set({ refresh_token: claim }).where('region', '=', region).where('refresh_token', '=', old).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
