import type { WebClient } from '@slack/web-api';
import type { RegionContext } from '../region.js';

/** A workspace admin or owner, as Slack says (users.info). */
export async function isWorkspaceAdmin(client: WebClient, userId: string): Promise<boolean> {
  const res = await client.users.info({ user: userId });
  const u = res.user;
  return Boolean(u?.is_admin || u?.is_owner || u?.is_primary_owner);
}

/** May see region-wide figures: a workspace admin or owner, or one of ADMIN_USER_IDS. */
export async function isRegionAdmin(ctx: Pick<RegionContext, 'settings'>, client: WebClient, userId: string): Promise<boolean> {
  if (ctx.settings.adminUserIds.includes(userId)) return true;
  return isWorkspaceAdmin(client, userId);
}
