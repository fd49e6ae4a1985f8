import type { WebClient } from '@slack/web-api';
import type { SlackChannel } from '../../backblast/types.js';
import { beatdownsPerAo, listAos } from '../../db/queries/aos.js';
import type { RegionContext } from '../../region.js';

/** A channel that looks like an AO, and whether the bot can read it. */
export interface AoChannel {
  id: string;
  name: string;
  /** Private, or not visible to the bot (a private channel it is not in is not listed by Slack). */
  isPrivate: boolean;
  isMember: boolean;
  beatdowns: number;
  /** Why it looks like an AO: backblasts recorded, an AO-like name, PAXminer's `aos` switch. */
  why: Array<'backblasts' | 'name' | 'aos'>;
}

/** `ao-the-yard`, `ao_forge`, `the-yard-ao`, `AO Anvil`. */
export function looksLikeAoName(name: string): boolean {
  return /^ao[-_ ]|[-_ ]ao$/i.test(name);
}

/** Every channel Slack shows the bot (public ones, private ones it is in), page by page. */
async function listChannels(client: WebClient): Promise<SlackChannel[]> {
  const out: SlackChannel[] = [];
  let cursor: string | undefined;
  do {
    const res = await client.conversations.list({
      types: 'public_channel,private_channel',
      exclude_archived: true,
      limit: 200,
      ...(cursor ? { cursor } : {}),
    });
    out.push(...((res.channels ?? []) as SlackChannel[]));
    cursor = res.response_metadata?.next_cursor || undefined;
  } while (cursor);
  return out;
}

/**
 * The channels that look like AOs (backblasts recorded there, an AO-like name, or PAXminer's `aos`
 * row with its backblast switch on), not-joined first, then by name. Archived channels are left out.
 */
export async function aoChannels(ctx: RegionContext, client: WebClient): Promise<AoChannel[]> {
  const [listed, rows, counts] = await Promise.all([listChannels(client), listAos(ctx.db), beatdownsPerAo(ctx.db)]);
  const found = new Map<string, AoChannel>();
  const add = (id: string, seed: Omit<AoChannel, 'why' | 'beatdowns'>) => {
    const beatdowns = counts.get(id) ?? 0;
    found.set(id, { ...seed, beatdowns, why: beatdowns > 0 ? ['backblasts'] : [] });
    return found.get(id)!;
  };
  for (const c of listed) {
    if (c.is_archived) continue;
    const ch = add(c.id, { id: c.id, name: c.name ?? c.id, isPrivate: Boolean(c.is_private), isMember: Boolean(c.is_member) });
    if (looksLikeAoName(ch.name)) ch.why.push('name');
  }
  for (const row of rows) {
    if (row.archived) continue;
    // Known to the database but not listed by Slack: a private channel the bot is not in.
    const ch = found.get(row.channel_id) ?? add(row.channel_id, { id: row.channel_id, name: row.ao, isPrivate: true, isMember: false });
    if (row.backblast === 1 && !ch.why.includes('aos')) ch.why.push('aos');
    if (!found.has(row.channel_id)) found.set(row.channel_id, ch);
    if (looksLikeAoName(row.ao) && !ch.why.includes('name')) ch.why.push('name');
  }
  for (const [id] of counts) {
    if (!found.has(id)) {
      const rowless = add(id, { id, name: id, isPrivate: true, isMember: false });
      found.set(id, rowless);
    }
  }
  const archived = new Set(rows.filter((r) => r.archived).map((r) => r.channel_id));
  return [...found.values()]
    .filter((c) => c.why.length > 0 && !archived.has(c.id))
    .sort((a, b) => Number(a.isMember) - Number(b.isMember) || a.name.localeCompare(b.name));
}
