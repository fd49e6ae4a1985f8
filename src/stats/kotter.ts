import { aoNames, lastAoOf, quietPax } from '../db/queries/stats.js';
import type { Db } from '../db/types.js';
import { addDays } from '../time.js';

export interface KotterOptions {
  today: string;
  weeks?: number;
  minPosts?: number;
  withinWeeks?: number;
}

export interface Kotter {
  userId: string;
  name: string;
  posts: number;
  lastPost: string;
  /** Whole weeks since his last post. */
  weeksAway: number;
  lastAoId: string | null;
  lastAo: string | null;
}

/**
 * The kotter list: PAX with a real posting history who have gone quiet, so someone reaches out.
 *
 * A PAX is on it when, as of `today`:
 * - he has at least `minPosts` posts in all (default 4): a real history, not one visit;
 * - his last post is more than `weeks` weeks ago (default 4): before `today` minus 7 × `weeks` days;
 * - his last post is no more than `withinWeeks` weeks ago (default 52): a man gone longer than that is
 *   no longer a kotter but a stranger, and would crowd the list.
 * Bots are left out. Longest-quiet last; each row says where he last posted.
 */
export async function kotterList(db: Db, options: KotterOptions): Promise<Kotter[]> {
  const weeks = options.weeks ?? 4;
  const rows = await quietPax(db, {
    quietSince: addDays(options.today, -7 * weeks),
    activeSince: addDays(options.today, -7 * (options.withinWeeks ?? 52)),
    minPosts: options.minPosts ?? 4,
  });
  const [lastAos, names] = await Promise.all([
    lastAoOf(db, rows),
    aoNames(db),
  ]);
  const todayMs = Date.parse(`${options.today}T00:00:00Z`);
  return rows.map((r) => {
    const aoId = lastAos.get(r.userId) ?? null;
    return {
      ...r,
      weeksAway: Math.floor((todayMs - Date.parse(`${r.lastPost}T00:00:00Z`)) / (7 * 86_400_000)),
      lastAoId: aoId,
      lastAo: aoId === null ? null : (names.get(aoId) ?? aoId),
    };
  });
}
