import type { AchievementDef, Period } from './catalogue.js';

// The award calculator: posts in, awards out. Pure.
//
// How it counts (weaselbot's rules): every bd_attendance row is a post; a man leads a beatdown when
// he is its Q or a Co-Q. QSource posts (an AO named like "QSource", or a backblast opening with
// "QSource" or a lesson number like "2.3 ") count only for the QSource achievements; ruck AOs and
// QSource count for nothing else. Each achievement is earned once per man and period (ISO week from
// Monday, calendar month, calendar year, or ever), on the date of the post that reached the threshold.

export type PostKind = 'beatdown' | 'qsource' | 'ruck';

export interface Post {
  userId: string;
  aoId: string;
  date: string;
  led: boolean;
  kind: PostKind;
}

export interface Award {
  achievementId: number;
  userId: string;
  /** The period's key: 2026-W48, 2026-11, 2026, or `all`. */
  period: string;
  /** The day the threshold was reached. */
  date: string;
}

/** ISO week key (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const day = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - day + 3);
  const year = d.getUTCFullYear();
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const days = (d.getTime() - jan4.getTime()) / 86_400_000;
  const week = 1 + Math.round((days - 3 + ((jan4.getUTCDay() + 6) % 7)) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export function periodKey(period: Period, date: string): string {
  if (period === 'week') return isoWeek(date);
  if (period === 'month') return date.slice(0, 7);
  if (period === 'year') return date.slice(0, 4);
  return 'all';
}

function counts(def: AchievementDef, post: Post): boolean {
  switch (def.counted) {
    case 'posts':
    case 'ao_posts':
      return post.kind === 'beatdown';
    case 'qs':
    case 'q_aos':
      return post.kind === 'beatdown' && post.led;
    case 'qsource':
      return post.kind === 'qsource';
    default:
      return false;
  }
}

/** Every award the posts earn for the enabled automatic achievements. */
export function computeAwards(posts: readonly Post[], defs: readonly AchievementDef[]): Award[] {
  const sorted = [...posts].sort((a, b) => a.date.localeCompare(b.date) || a.aoId.localeCompare(b.aoId));
  const awards: Award[] = [];
  for (const def of defs) {
    if (!def.enabled || def.counted === 'manual' || def.threshold === null || def.threshold < 1) continue;
    const tally = new Map<string, Set<string> | number>();
    const done = new Set<string>();
    for (const post of sorted) {
      if (!counts(def, post)) continue;
      const period = periodKey(def.period, post.date);
      const key = `${post.userId}\u0000${period}`;
      if (done.has(key)) continue;
      let reached: boolean;
      if (def.counted === 'q_aos') {
        const aos = (tally.get(key) as Set<string> | undefined) ?? new Set<string>();
        aos.add(post.aoId);
        tally.set(key, aos);
        reached = aos.size >= def.threshold;
      } else {
        const k = def.counted === 'ao_posts' ? `${key}\u0000${post.aoId}` : key;
        const n = ((tally.get(k) as number | undefined) ?? 0) + 1;
        tally.set(k, n);
        reached = n >= def.threshold;
      }
      if (reached) {
        done.add(key);
        awards.push({ achievementId: def.id, userId: post.userId, period, date: post.date });
      }
    }
  }
  return awards;
}

const QSOURCE = /q.?source/i;
const LESSON = /^\s*q?[1-9]\.[0-9]\s/i;

/** Which kind of post a beatdown makes, from its AO's name and the start of its backblast. */
export function postKind(aoName: string | null, backblast: string | null): PostKind {
  const head = (backblast ?? '').slice(0, 100);
  if (QSOURCE.test(aoName ?? '') || QSOURCE.test(head) || LESSON.test(head)) return 'qsource';
  if (/ruck/i.test(aoName ?? '')) return 'ruck';
  return 'beatdown';
}
