import type { WebClient } from '@slack/web-api';
import { computeAwards, postKind, type Award } from '../achievements/award.js';
import type { AchievementDef } from '../achievements/catalogue.js';
import { achievementLines, findAchievement } from '../achievements/manual.js';
import { announceTo } from '../achievements/settings.js';
import { dmChannel } from '../charts/upload.js';
import {
  beatdownsWithAchievementLines,
  listAchievements,
  markAward,
  postsSince,
  seedCatalogue,
  storeAwards,
  unannouncedAwards,
  type StoredAward,
} from '../db/queries/achievements.js';
import type { Db } from '../db/types.js';
import type { RegionContext } from '../region.js';
import { coqsOf } from '../db/rows.js';
import { todayIn } from '../stats/period.js';
import { addDays } from '../time.js';
import { withJobLock } from './lock.js';
import { postOnce, type PostOutcome } from '../slack/post-once.js';

// The achievements job (hourly): works out every award the records earn (src/achievements/award.ts),
// adds the `Achievement:` lines of backblasts, stores each award once (unique per achievement, man and
// period) and announces each new one once (status pending → sending → sent, see post-once.ts) to the
// region's choice: each man's DM or a channel. Awards dated more than ANNOUNCE_DAYS ago when first
// stored (a history imported at once) are kept `quiet`: on record, not announced.

export const ANNOUNCE_DAYS = 7;

export interface AchievementsOptions {
  /** Milliseconds clock: "today" in the region and the ledger's times. */
  now?: () => number;
  /** Store and announce nothing; report what would be. */
  dryRun?: boolean;
  /** false: store the awards, announce nothing (the CLI's listing). */
  announce?: boolean;
}

export interface AnnouncementReport {
  award: StoredAward;
  outcome: PostOutcome | 'already-sending' | 'would-send' | 'off';
  channel?: string;
  error?: string;
}

export interface AchievementsReport {
  today: string;
  earned: number;
  stored: number;
  announcements: AnnouncementReport[];
}

/** Every award the region's records earn, automatic and from backblasts, as of `today`. */
export async function earnedAwards(db: Db, defs: AchievementDef[], today: string): Promise<Array<Award & { source: string }>> {
  const from = defs.some((d) => d.enabled && d.period === 'ever' && d.counted !== 'manual')
    ? '0000-01-01'
    : `${Number(today.slice(0, 4)) - 1}-01-01`;
  const rows = await postsSince(db, from);
  const posts = rows
    .filter((r) => String(r.date).slice(0, 10) <= today)
    .map((r) => ({
      userId: r.userId,
      aoId: r.aoId,
      date: String(r.date).slice(0, 10),
      led: r.userId === r.qUserId || coqsOf(r.coqUserId, r.json).includes(r.userId),
      kind: postKind(r.aoName, r.head),
    }));
  const awards: Array<Award & { source: string }> = computeAwards(posts, defs).map((a) => ({ ...a, source: 'auto' }));
  const enabled = defs.filter((d) => d.enabled);
  for (const bd of await beatdownsWithAchievementLines(db, from)) {
    if (bd.date > today) continue;
    for (const line of achievementLines(bd.backblast)) {
      const def = findAchievement(enabled, line.name);
      if (!def) continue;
      for (const userId of line.userIds.length > 0 ? line.userIds : bd.pax) {
        awards.push({ achievementId: def.id, userId, period: bd.date, date: bd.date, source: 'backblast' });
      }
    }
  }
  return awards;
}

function announcement(award: StoredAward, inChannel: boolean): string {
  const who = inChannel ? `<@${award.userId}>` : 'You';
  return `:trophy: ${who} earned *${award.name}*${award.verb ? ` for ${award.verb}` : ''} (${award.date}). Congratulations!`;
}

export async function runAchievementsJob(
  ctx: RegionContext,
  client: WebClient,
  options: AchievementsOptions = {},
): Promise<AchievementsReport> {
  const now = options.now ?? Date.now;
  const today = todayIn(ctx.tz, new Date(now()));
  const log = ctx.log.child({ job: 'achievements', today, dryRun: options.dryRun ?? false });
  await seedCatalogue(ctx.db);
  const defs = await listAchievements(ctx.db);
  const earned = await earnedAwards(ctx.db, defs, today);
  const recentFrom = addDays(today, -ANNOUNCE_DAYS);
  const at = now();
  const stored = options.dryRun
    ? 0
    : await storeAwards(
        ctx.db,
        earned.map((a) => ({
          achievement_id: a.achievementId,
          pax_id: a.userId,
          date_awarded: a.date,
          period: a.period,
          source: a.source,
          status: a.date >= recentFrom ? 'pending' : 'quiet',
          channel_id: null,
          message_ts: null,
          error: null,
          created: at,
          updated: at,
        })),
      );
  const to = await announceTo(ctx.db);
  const announcements: AnnouncementReport[] = [];
  for (const award of options.announce === false ? [] : await unannouncedAwards(ctx.db)) {
    if (award.status === 'sending') {
      announcements.push({ award, outcome: 'already-sending' });
      continue;
    }
    if (to.kind === 'off' || options.dryRun) {
      announcements.push({ award, outcome: options.dryRun ? 'would-send' : 'off' });
      continue;
    }
    const result = await postOnce(
      client,
      () => (to.kind === 'channel' ? Promise.resolve(to.channel) : dmChannel(client, award.userId)),
      { text: announcement(award, to.kind === 'channel') },
      {
        sending: (channel) => markAward(ctx.db, award.id, { status: 'sending', channel_id: channel, error: null }, now()),
        sent: (ts) => markAward(ctx.db, award.id, { status: 'sent', message_ts: ts }, now()),
        failed: (error) => markAward(ctx.db, award.id, { status: 'failed', error: error.slice(0, 1000) }, now()),
      },
    );
    announcements.push({ award, ...result });
  }
  log.info({ earned: earned.length, stored, announcements: announcements.length }, 'achievements done');
  return { today, earned: earned.length, stored, announcements };
}

export const ACHIEVEMENTS_LEASE_MS = 2 * 60_000;

/** `runAchievementsJob` for the scheduler and the CLI: one run at a time per region. */
export async function runAchievements(
  ctx: RegionContext,
  client: WebClient,
  options: AchievementsOptions = {},
): Promise<AchievementsReport | { busy: true }> {
  if (options.dryRun) return runAchievementsJob(ctx, client, options);
  const outcome = await withJobLock(ctx, 'achievements', () => runAchievementsJob(ctx, client, options), {
    leaseMs: ACHIEVEMENTS_LEASE_MS,
  });
  return outcome.ran ? outcome.value : { busy: true };
}
