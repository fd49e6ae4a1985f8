import type { WebClient } from '@slack/web-api';
import type { RegionContext } from '../region.js';

/** A workspace admin or owner, as Slack says (users.info). */
export async function isWorkspaceAdmin(client: WebClient, userId: string): Promise<boolean> {
  const res = await client.users.info({ user: userId });
  const u = res.user;
  return Boolean(u?.is_admin || u?.is_owner || u?.is_primary_owner);
}

/** Every workspace admin and owner (users.list, paginated), leaving out bots and deactivated accounts. */
export async function workspaceAdmins(client: WebClient): Promise<string[]> {
  const ids: string[] = [];
  for await (const page of client.paginate('users.list', { limit: 200 })) {
    const members = (page as { members?: Array<Record<string, unknown>> }).members ?? [];
    for (const u of members) {
      if (u.is_bot || u.deleted || u.id === 'USLACKBOT') continue;
      if (u.is_admin || u.is_owner || u.is_primary_owner) ids.push(String(u.id));
    }
  }
  return ids;
}

/** May see region-wide figures: a workspace admin or owner, or one of ADMIN_USER_IDS. */
export async function isRegionAdmin(ctx: Pick<RegionContext, 'settings'>, client: WebClient, userId: string): Promise<boolean> {
  if (ctx.settings.adminUserIds.includes(userId)) return true;
  return isWorkspaceAdmin(client, userId);
}

/** The people a backblast belongs to. */
export interface BackblastPeople {
  qUserId: string | null;
  coqUserIds: readonly string[];
  /** Who posted it (or submitted the form). */
  posterUserId: string | null;
}

/** May edit a backblast: its Q, a Co-Q, the person who posted it, or a workspace admin or owner. */
export async function mayEditBackblast(client: WebClient, userId: string, people: BackblastPeople): Promise<boolean> {
  if (userId === people.qUserId || userId === people.posterUserId || people.coqUserIds.includes(userId)) return true;
  return isWorkspaceAdmin(client, userId);
}
