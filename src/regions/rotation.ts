import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Settings } from '../config.js';
import type { ControlDatabase } from '../db/types.js';
import { errorFields } from '../errors.js';
import type { Logger } from '../log.js';
import { claimRefresh, regionByName, updateRegion, type RegionRow } from './queries.js';

// Token rotation: a region's bot token that expires within two hours is exchanged (oauth.v2.access,
// grant_type=refresh_token) for a new one. Slack invalidates a refresh token once used, so a replica
// first claims the refresh in the row (a conditional UPDATE); a replica that loses waits for the winner.

export const REFRESH_BEFORE_MS = 2 * 60 * 60 * 1000;
const CLAIM = 'refreshing:';

export interface RotationDeps {
  control: Kysely<ControlDatabase>;
  settings: Pick<Settings, 'slackApiUrl' | 'slackClientId' | 'slackClientSecret'>;
  log: Logger;
}

export function needsRefresh(row: RegionRow, now: number): boolean {
  return Boolean(row.refresh_token && row.token_expires_at !== null && Number(row.token_expires_at) - now <= REFRESH_BEFORE_MS);
}

/** The row with a token good for two more hours when rotation allows; the row as it is otherwise. */
export async function freshToken(deps: RotationDeps, row: RegionRow, now = Date.now()): Promise<RegionRow> {
  if (!needsRefresh(row, now)) return row;
  const old = row.refresh_token!;
  if (old.startsWith(CLAIM)) {
    // A replica that died mid-refresh leaves its claim; the old refresh token is gone with it.
    if (now - Number(old.split(':')[1]) <= 60_000) return waitForWinner(deps, row);
    deps.log.warn({ region: row.region }, `region ${row.region}: a token refresh was left unfinished; reinstall the app before its token expires`);
    return row;
  }
  const claim = `${CLAIM}${now}:${randomBytes(6).toString('hex')}`;
  if (!(await claimRefresh(deps.control, row.region, old, claim))) return waitForWinner(deps, row);
  const { slackApiUrl, slackClientId, slackClientSecret } = deps.settings;
  try {
    // Loaded here, on a refresh only: the registry is on the path of `stats` and other CLI commands
    // that must load no Slack code.
    const { WebClient } = await import('@slack/web-api');
    const client = new WebClient(undefined, slackApiUrl ? { slackApiUrl } : {});
    const r = await client.oauth.v2.access({
      grant_type: 'refresh_token',
      refresh_token: old,
      client_id: slackClientId!,
      client_secret: slackClientSecret!,
    });
    if (!r.access_token || !r.refresh_token) throw new Error('oauth.v2.access answered without a token');
    const set = {
      slack_token: r.access_token,
      refresh_token: r.refresh_token,
      token_expires_at: r.expires_in ? now + r.expires_in * 1000 : null,
    };
    await updateRegion(deps.control, row.region, set);
    deps.log.info({ region: row.region }, `region ${row.region}: bot token refreshed`);
    return { ...row, ...set };
  } catch (err) {
    await updateRegion(deps.control, row.region, { refresh_token: old });
    deps.log.warn({ err: errorFields(err), region: row.region }, `region ${row.region}: its token could not be refreshed; left as it is`);
    return row;
  }
}

/** Another replica holds the refresh: its result, once written (or the row as it is after 5 s). */
async function waitForWinner(deps: RotationDeps, row: RegionRow): Promise<RegionRow> {
  const end = Date.now() + 5000;
  for (;;) {
    const now = (await regionByName(deps.control, row.region)) ?? row;
    if (!now.refresh_token?.startsWith(CLAIM) || Date.now() > end) return now;
    await new Promise((r) => setTimeout(r, 50));
  }
}
