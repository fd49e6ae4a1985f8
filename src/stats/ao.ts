import { aoBeatdowns, aoNames, aoPostsByPax, userNames } from '../db/queries/stats.js';
import type { Db } from '../db/types.js';
import { monthRange } from '../time.js';
import { coqsOf } from '../db/rows.js';

export interface QCount {
  userId: string;
  name: string;
  qs: number;
  coqs: number;
}

export interface PaxPosts {
  userId: string;
  name: string;
  posts: number;
}

/** An AO's month. */
export interface AoMonth {
  aoId: string;
  ao: string;
  month: string;
  beatdowns: number;
  /** Attendance rows: PAX on Slack at its beatdowns. */
  posts: number;
  uniquePax: number;
  /**
   * Mean headcount per beatdown, one decimal: a beatdown's headcount is its `pax_count` (everyone the
   * backblast counts, FNGs and PAX not on Slack included) when above zero, else its attendance rows.
   */
  averageAttendance: number;
  fngs: number;
  /** Who led, most Qs first (Co-Qs counted apart). */
  qs: QCount[];
  /** Who came, most posts first. */
  pax: PaxPosts[];
}

export async function aoMonth(db: Db, aoId: string, month: string): Promise<AoMonth> {
  const range = monthRange(month);
  const [beatdowns, posts, aos] = await Promise.all([aoBeatdowns(db, aoId, range), aoPostsByPax(db, aoId, range), aoNames(db)]);

  const qs = new Map<string, { qs: number; coqs: number }>();
  const count = (userId: string) => qs.get(userId) ?? qs.set(userId, { qs: 0, coqs: 0 }).get(userId)!;
  for (const b of beatdowns) {
    count(b.qUserId).qs += 1;
    for (const coq of coqsOf(b.coqUserId, b.json)) if (coq !== b.qUserId) count(coq).coqs += 1;
  }
  const names = await userNames(db, [...qs.keys(), ...posts.map((p) => p.userId)]);
  const named = (userId: string) => names.get(userId) ?? userId;

  const heads = beatdowns.map((b) => (b.paxCount !== null && b.paxCount > 0 ? b.paxCount : b.attendance));
  return {
    aoId,
    ao: aos.get(aoId) ?? aoId,
    month,
    beatdowns: beatdowns.length,
    posts: posts.reduce((n, p) => n + p.posts, 0),
    uniquePax: posts.length,
    averageAttendance: heads.length === 0 ? 0 : Math.round((heads.reduce((n, h) => n + h, 0) / heads.length) * 10) / 10,
    fngs: beatdowns.reduce((n, b) => n + b.fngCount, 0),
    qs: [...qs]
      .map(([userId, c]) => ({ userId, name: named(userId), ...c }))
      .sort((a, b) => b.qs - a.qs || b.coqs - a.coqs || a.name.localeCompare(b.name)),
    pax: posts
      .map((p) => ({ userId: p.userId, name: named(p.userId), posts: p.posts }))
      .sort((a, b) => b.posts - a.posts || a.name.localeCompare(b.name)),
  };
}
