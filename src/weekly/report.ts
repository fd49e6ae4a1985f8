import type { KotterWithCompanions } from '../stats/insights/kotters.js';
import { addDays } from '../time.js';

// The weekly kotter report, per AO. Pure: the region's facts in, one section per AO out.
//
// - Kotters (the kotter list, src/stats/kotter.ts) belong to their home AO: where they posted most
//   in the 12 weeks up to their last post (ties: the later one). How often they used to come: those
//   12 weeks' posts per week.
// - Quiet Qs: men still posting (a post in the last N weeks) who have led before (Q or Co-Q), but
//   not in the last QUIET_Q_WEEKS weeks.
// - Regulars who never led: still posting, at least REGULAR_POSTS posts in the last 12 weeks, never
//   a Q or Co-Q.
// - FNGs not back: named as FNG 3 to 8 weeks ago and not seen since.
// Men of the last two lists belong to their home AO of the last 12 weeks.

export const HOME_WEEKS = 12;
export const QUIET_Q_WEEKS = 8;
export const REGULAR_POSTS = 8;

export interface PostRow {
  userId: string;
  aoId: string;
  date: string;
}

export interface FngNotBack {
  name: string;
  aoId: string;
  date: string;
  qUserId: string;
  userId: string | null;
}

export interface KotterLine extends KotterWithCompanions {
  perWeek: number;
}

export interface QuietQ {
  userId: string;
  lastLed: string;
}

export interface AoReport {
  aoId: string;
  kotters: KotterLine[];
  quietQs: QuietQ[];
  neverLed: Array<{ userId: string; posts: number }>;
  fngs: FngNotBack[];
}

export interface ReportInput {
  today: string;
  weeks: number;
  aoIds: string[];
  kotters: KotterWithCompanions[];
  posts: PostRow[];
  lastLed: Map<string, string>;
  fngs: FngNotBack[];
}

/** Where a man posted most in a window (ties: where he posted last). */
function homeAo(posts: PostRow[]): string | null {
  const tally = new Map<string, { n: number; last: string }>();
  for (const p of posts) {
    const t = tally.get(p.aoId) ?? { n: 0, last: '' };
    tally.set(p.aoId, { n: t.n + 1, last: p.date > t.last ? p.date : t.last });
  }
  let best: [string, { n: number; last: string }] | null = null;
  for (const entry of tally) {
    if (!best || entry[1].n > best[1].n || (entry[1].n === best[1].n && entry[1].last > best[1].last)) best = entry;
  }
  return best?.[0] ?? null;
}

export function weeklyReports(input: ReportInput): AoReport[] {
  const byUser = new Map<string, PostRow[]>();
  for (const p of input.posts) byUser.set(p.userId, [...(byUser.get(p.userId) ?? []), p]);
  const reports = new Map<string, AoReport>(
    input.aoIds.map((aoId) => [aoId, { aoId, kotters: [], quietQs: [], neverLed: [], fngs: [] }]),
  );

  for (const k of input.kotters) {
    const from = addDays(k.lastPost, -7 * HOME_WEEKS + 1);
    const window = (byUser.get(k.userId) ?? []).filter((p) => p.date >= from && p.date <= k.lastPost);
    const home = homeAo(window) ?? k.lastAoId;
    const report = home ? reports.get(home) : undefined;
    report?.kotters.push({ ...k, perWeek: Math.round((window.length / HOME_WEEKS) * 10) / 10 });
  }

  const activeFrom = addDays(input.today, -7 * input.weeks);
  const recentFrom = addDays(input.today, -7 * HOME_WEEKS + 1);
  const quietFrom = addDays(input.today, -7 * QUIET_Q_WEEKS);
  for (const [userId, posts] of byUser) {
    if (!posts.some((p) => p.date >= activeFrom && p.date <= input.today)) continue;
    const recent = posts.filter((p) => p.date >= recentFrom && p.date <= input.today);
    const report = reports.get(homeAo(recent) ?? '');
    if (!report) continue;
    const lastLed = input.lastLed.get(userId);
    if (lastLed !== undefined && lastLed < quietFrom) report.quietQs.push({ userId, lastLed });
    if (lastLed === undefined && recent.length >= REGULAR_POSTS) report.neverLed.push({ userId, posts: recent.length });
  }

  for (const f of input.fngs) reports.get(f.aoId)?.fngs.push(f);
  for (const r of reports.values()) {
    r.quietQs.sort((a, b) => a.lastLed.localeCompare(b.lastLed) || a.userId.localeCompare(b.userId));
    r.neverLed.sort((a, b) => b.posts - a.posts || a.userId.localeCompare(b.userId));
  }
  return [...reports.values()];
}

/** Whether a report has anything to say. */
export function hasNews(r: AoReport): boolean {
  return r.kotters.length + r.quietQs.length + r.neverLed.length + r.fngs.length > 0;
}
