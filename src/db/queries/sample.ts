import type { Db } from '../types.js';

/** The made-up team of the bundled sample export (samples/export, written by the sample generator). */
export const SAMPLE_TEAM_ID = 'T0F3SAMPLE';

/**
 * Whether the database holds the sample region: a user imported from the sample export, whose Slack
 * record (users.json) names the sample's team. No real workspace has that team id.
 */
export async function holdsSampleRegion(db: Db): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('user_id')
    .where('json', 'like', `%${SAMPLE_TEAM_ID}%`)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** The one start-up line when it does. */
export function sampleRegionMessage(databaseUrl: string): string {
  const file = /^sqlite:(.+)$/.exec(databaseUrl)?.[1];
  const clear = file ? `delete ${file}` : 'drop its tables';
  return `holds the made-up sample region (samples/export.zip), whose fake PAX the bot would DM: ${clear}, or point DATABASE_URL at the region's own database (try the sample with DATABASE_URL=sqlite:./data/sample.sqlite)`;
}
