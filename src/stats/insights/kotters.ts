import { addDays } from '../../time.js';
import { postedBetween, sharedBeatdowns } from '../../db/queries/insights.js';
import type { Db } from '../../db/types.js';
import { kotterList, type Kotter } from '../kotter.js';
import { loadNames, type Named } from './names.js';

// "Who are our kotters, the PAX who have gone missing, and who used to post with them?"
//
// The kotters are the region's kotter list (src/stats/kotter.ts holds the definition: a real posting
// history, no post for N weeks, default 4). Who used to post with one: the men who shared the most
// beatdowns with him (same AO, date and Q) in the 26 weeks up to his last post, keeping only men
// still posting (a post in the last N weeks, so not kotters themselves), so someone can reach out.
// Ties go by name.

export const COMPANION_WEEKS = 26;
export const COMPANIONS = 3;

export interface Companion {
  pax: Named;
  /** Beatdowns shared with the kotter in the 26 weeks up to his last post. */
  shared: number;
}

export interface KotterWithCompanions extends Kotter {
  postedWith: Companion[];
}

export interface KotterInsight {
  asOf: string;
  weeks: number;
  kotters: KotterWithCompanions[];
}

/** The best companions: most shared beatdowns, then by name. */
export function topCompanions(rows: Companion[], limit: number): Companion[] {
  return [...rows].sort((a, b) => b.shared - a.shared || a.pax.name.localeCompare(b.pax.name)).slice(0, limit);
}

export async function kotterInsight(
  db: Db,
  params: { asOf: string; weeks?: number; companions?: number },
): Promise<KotterInsight> {
  const weeks = params.weeks ?? 4;
  const kotters = await kotterList(db, { today: params.asOf, weeks });
  const shared = await sharedBeatdowns(
    db,
    kotters.map((k) => ({ userId: k.userId, from: addDays(k.lastPost, -7 * COMPANION_WEEKS + 1), to: k.lastPost })),
  );
  // Still posting: a post on or after the day a kotter's quiet stretch begins.
  const activeFrom = addDays(params.asOf, -7 * weeks);
  const still = await postedBetween(
    db,
    shared.map((s) => s.withId),
    { from: activeFrom, to: params.asOf },
  );
  const active = shared.filter((s) => still.has(s.withId));
  const names = await loadNames(db, { users: active.map((s) => s.withId) });
  return {
    asOf: params.asOf,
    weeks,
    kotters: kotters.map((k) => ({
      ...k,
      postedWith: topCompanions(
        active.filter((s) => s.userId === k.userId).map((s) => ({ pax: names.user(s.withId), shared: s.shared })),
        params.companions ?? COMPANIONS,
      ),
    })),
  };
}
