import type { WebClient } from '@slack/web-api';
import type { SlackUser } from '../backblast/types.js';
import { dmChannel } from '../charts/upload.js';
import {
  addAttendance,
  beatdownsWithFngs,
  fngsBetween,
  insertFngNames,
  linkFngName,
  markFngTold,
  postedAfter,
  postedBy,
  setStartDateIfNone,
  unlinkedFngs,
  type FngRow,
} from '../db/queries/fngs.js';
import { displayName } from '../db/queries/users.js';
import type { Db } from '../db/types.js';
import { postOnce } from './post-once.js';
import type { RegionContext } from '../region.js';
import { addDays } from '../time.js';
import type { FngNotBack } from '../weekly/report.js';
import { fngNamesOf, nameMatch, normalizeName } from '../fng/names.js';

// FNG follow-up. Backblasts name FNGs who have no Slack account yet; we keep those names
// (fng_names). When a member whose name matches one (exactly or nearly, normalised) joins the
// workspace, he is linked: attendance rows for every beatdown he was named at, from the first, and
// his start date; the Q of his first beatdown gets a DM (once: `told` sending → sent).

export const NOT_BACK_DAYS = 21;
export const NOT_BACK_UNTIL_WEEKS = 8;

/** Records the FNG names of every beatdown (new ones only). */
export async function syncFngNames(db: Db): Promise<void> {
  const rows = [];
  for (const bd of await beatdownsWithFngs(db)) {
    for (const name of fngNamesOf(bd.fngs, bd.json)) {
      rows.push({
        ao_id: bd.aoId,
        bd_date: String(bd.date).slice(0, 10),
        q_user_id: bd.qUserId,
        norm_name: normalizeName(name).slice(0, 100),
        name: name.slice(0, 100),
      });
    }
  }
  await insertFngNames(db, rows);
}

/** FNGs named 3 to 8 weeks ago who have not been back: no later mention of the name, no later post. */
export async function fngsNotBack(db: Db, today: string): Promise<FngNotBack[]> {
  const rows = await fngsBetween(db, addDays(today, -7 * NOT_BACK_UNTIL_WEEKS), addDays(today, -NOT_BACK_DAYS));
  const later = await fngsBetween(db, addDays(today, -7 * NOT_BACK_UNTIL_WEEKS), today);
  const linked = rows.filter((r) => r.userId !== null);
  const back = new Set<string>();
  for (const r of linked) if ((await postedAfter(db, [r.userId!], r.date)).size > 0) back.add(r.userId!);
  return rows
    .filter((r) => !later.some((l) => l.normName === r.normName && l.date > r.date))
    .filter((r) => r.userId === null || !back.has(r.userId))
    .map((r) => ({ name: r.name, aoId: r.aoId, date: r.date, qUserId: r.qUserId, userId: r.userId }));
}

export interface LinkResult {
  userId: string;
  linked: FngRow[];
  told: 'sent' | 'failed' | 'unconfirmed' | 'none';
}

function memberNames(user: SlackUser): string[] {
  const names = [displayName(user), user.real_name, user.profile?.real_name, user.profile?.display_name, user.name];
  return [
    ...new Set(
      names
        .filter((n): n is string => typeof n === 'string')
        .map(normalizeName)
        .filter(Boolean),
    ),
  ];
}

/** The FNG name a member is: the best match among unlinked names (exact beats close), or none. */
export function matchFng(user: SlackUser, candidates: FngRow[]): string | null {
  let best: { norm: string; score: 0 | 1 } | null = null;
  for (const member of memberNames(user)) {
    for (const c of candidates) {
      const score = nameMatch(member, c.normName);
      if (score !== null && (!best || score < best.score)) best = { norm: c.normName, score };
    }
  }
  return best?.norm ?? null;
}

/** A new member: linked to the beatdowns he was named at as an FNG, and his first Q told. */
export async function linkNewMember(
  ctx: RegionContext,
  client: WebClient,
  user: SlackUser,
  now: () => number = Date.now,
): Promise<LinkResult> {
  if (user.is_bot || user.deleted) return { userId: user.id, linked: [], told: 'none' };
  await syncFngNames(ctx.db);
  const candidates = await unlinkedFngs(ctx.db);
  const norm = matchFng(user, candidates);
  if (!norm) return { userId: user.id, linked: [], told: 'none' };
  const rows = candidates.filter((c) => c.normName === norm);
  // A man who posted under his own id by then was not that FNG.
  if (await postedBy(ctx.db, user.id, rows[0]!.date)) return { userId: user.id, linked: [], told: 'none' };
  await ctx.db.transaction().execute(async (trx) => {
    for (const row of rows) {
      await linkFngName(trx, row, user.id, now());
      await addAttendance(trx, row, user.id);
    }
    await setStartDateIfNone(trx, user.id, rows[0]!.date);
  });
  const first = rows[0]!;
  const result = await postOnce(
    client,
    () => dmChannel(client, first.qUserId),
    {
      text:
        `:wave: ${first.name}, the FNG at your beatdown on ${first.date}, just joined Slack as <@${user.id}>. ` +
        `I linked him to ${rows.length === 1 ? 'that beatdown' : `his ${rows.length} beatdowns`}. A welcome from his first Q goes a long way!`,
    },
    {
      sending: () => markFngTold(ctx.db, first, 'sending'),
      sent: () => markFngTold(ctx.db, first, 'sent'),
      failed: () => markFngTold(ctx.db, first, 'failed'),
    },
  );
  ctx.log.info({ user: user.id, fng: first.name, beatdowns: rows.length, told: result.outcome }, 'FNG linked');
  return { userId: user.id, linked: rows, told: result.outcome };
}

/** The nightly pass: every member not linked yet who matches an FNG name. */
export async function linkMembers(
  ctx: RegionContext,
  client: WebClient,
  users: SlackUser[],
  now: () => number = Date.now,
): Promise<LinkResult[]> {
  await syncFngNames(ctx.db);
  const candidates = await unlinkedFngs(ctx.db);
  if (candidates.length === 0) return [];
  const results: LinkResult[] = [];
  for (const user of users) {
    if (user.is_bot || user.deleted || !matchFng(user, candidates)) continue;
    const r = await linkNewMember(ctx, client, user, now);
    if (r.linked.length > 0) results.push(r);
  }
  return results;
}
