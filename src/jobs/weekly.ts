import type { WebClient } from '@slack/web-api';
import { dmChannel } from '../charts/upload.js';
import { aoNames } from '../db/queries/stats.js';
import { leads, markWeekly, postsFrom, reportAos, siteQs, weeklyLedger } from '../db/queries/weekly.js';
import type { Db } from '../db/types.js';
import { fngsNotBack, syncFngNames } from '../slack/fng-follow-up.js';
import type { RegionContext } from '../region.js';
import { kotterInsight } from '../stats/insights/kotters.js';
import { coqsOf } from '../db/rows.js';
import { todayIn } from '../stats/period.js';
import { weeklyMessage } from '../slack/blocks/weekly.js';
import { addDays } from '../time.js';
import { hourIn } from '../weekly/calendar.js';
import { weeklyReports, type AoReport } from '../weekly/report.js';
import { latestSlot, weeklySchedule } from '../weekly/settings.js';
import { withJobLock } from './lock.js';
import { postOnce, type PostOutcome } from '../slack/post-once.js';
import { workspaceAdmins } from '../slack/permissions.js';
import { errorFields } from '../errors.js';

// The weekly kotter report (src/weekly/report.ts says what is in it): each AO's site Qs get their
// AOs' part by DM; the AOs with no site Q go to the region's admins (ADMIN_USER_IDS and the
// workspace's admins and owners, as isRegionAdmin counts them). One DM per
// recipient and week, once, through weekly_deliveries (the ledger discipline of post-once.ts). The
// week is named by the date of its scheduled slot (weekly.day and weekly.hour, region time).

/** On schedule, a slot missed (the app was down) is still sent this many days late, not later. */
export const LATE_DAYS = 2;

export interface WeeklyOptions {
  now?: () => number;
  dryRun?: boolean;
  /** The scheduler's run: send only from the slot's hour until LATE_DAYS later. */
  onSchedule?: boolean;
}

export interface WeeklyDelivery {
  recipient: string;
  aoIds: string[];
  outcome: PostOutcome | 'already-sent' | 'would-send';
  channel?: string;
  error?: string;
  text: string;
}

export interface WeeklyResult {
  week: string;
  due: boolean;
  deliveries: WeeklyDelivery[];
  /** AOs nobody receives: no site Q and no admin. */
  unaddressed: string[];
}

/** Who gets which AOs: site Qs theirs, admins the rest. */
export function recipients(
  aoIds: string[],
  sites: Map<string, string[]>,
  admins: string[],
): { byRecipient: Map<string, string[]>; unaddressed: string[] } {
  const byRecipient = new Map<string, string[]>();
  const unaddressed: string[] = [];
  for (const aoId of aoIds) {
    const to = sites.get(aoId) ?? admins;
    if (to.length === 0) unaddressed.push(aoId);
    for (const r of to) byRecipient.set(r, [...(byRecipient.get(r) ?? []), aoId]);
  }
  return { byRecipient, unaddressed };
}

async function lastLedByMan(db: Db): Promise<Map<string, string>> {
  const last = new Map<string, string>();
  for (const b of await leads(db)) {
    const date = String(b.date).slice(0, 10);
    for (const id of [b.qUserId, ...coqsOf(b.coqUserId, b.json)]) if ((last.get(id) ?? '') < date) last.set(id, date);
  }
  return last;
}

/** Every AO's report as of a day. */
export async function aoReports(db: Db, today: string, weeks: number): Promise<AoReport[]> {
  await syncFngNames(db);
  const [aos, kotters, posts, lastLed, fngs] = await Promise.all([
    reportAos(db),
    kotterInsight(db, { asOf: today, weeks }),
    postsFrom(db, addDays(today, -7 * 70)),
    lastLedByMan(db),
    fngsNotBack(db, today),
  ]);
  return weeklyReports({ today, weeks, aoIds: aos.map((a) => a.channel_id), kotters: kotters.kotters, posts, lastLed, fngs });
}

/** ADMIN_USER_IDS and the workspace's admins and owners; the list alone when Slack cannot say. */
async function regionAdmins(ctx: RegionContext, client: WebClient, log: RegionContext['log']): Promise<string[]> {
  let fromSlack: string[] = [];
  try {
    fromSlack = await workspaceAdmins(client);
  } catch (err) {
    log.warn({ err: errorFields(err) }, 'users.list failed; the weekly report falls back to ADMIN_USER_IDS');
  }
  return [...new Set([...ctx.settings.adminUserIds, ...fromSlack])];
}

export async function sendWeekly(ctx: RegionContext, client: WebClient, options: WeeklyOptions = {}): Promise<WeeklyResult> {
  const now = options.now ?? Date.now;
  const at = now();
  const today = todayIn(ctx.tz, new Date(at));
  const schedule = await weeklySchedule(ctx.db);
  const week = latestSlot(schedule, today, hourIn(ctx.tz, at));
  const log = ctx.log.child({ job: 'weekly', week, dryRun: options.dryRun ?? false });
  if (options.onSchedule && today > addDays(week, LATE_DAYS)) return { week, due: false, deliveries: [], unaddressed: [] };

  const [reports, sites, names, ledger] = await Promise.all([
    aoReports(ctx.db, today, schedule.weeks),
    siteQs(ctx.db),
    aoNames(ctx.db),
    weeklyLedger(ctx.db, week),
  ]);
  const aoIds = reports.map((r) => r.aoId);
  const admins = aoIds.every((id) => sites.has(id)) ? [] : await regionAdmins(ctx, client, log);
  const { byRecipient, unaddressed } = recipients(aoIds, sites, admins);
  if (unaddressed.length > 0)
    log.warn({ aos: unaddressed }, 'AOs with no site Q and no region admin: their weekly report goes to nobody');

  const deliveries: WeeklyDelivery[] = [];
  for (const [recipient, aoIds] of byRecipient) {
    const message = weeklyMessage(
      reports.filter((r) => aoIds.includes(r.aoId)),
      names,
      schedule.weeks,
      week,
    );
    const base = { recipient, aoIds, text: message.text };
    const row = ledger.get(recipient);
    if (row?.status === 'sent' || row?.status === 'sending') {
      // `sending`: cut off mid-post; never posted twice.
      deliveries.push({
        ...base,
        outcome: row.status === 'sent' ? 'already-sent' : 'unconfirmed',
        channel: row.channel_id ?? undefined,
      });
      continue;
    }
    if (options.dryRun) {
      deliveries.push({ ...base, outcome: 'would-send' });
      continue;
    }
    const key = { week, recipient };
    const result = await postOnce(client, () => dmChannel(client, recipient), message, {
      sending: (channel) => markWeekly(ctx.db, key, { status: 'sending', channel_id: channel, error: null }, now()),
      sent: (ts) => markWeekly(ctx.db, key, { status: 'sent', message_ts: ts }, now()),
      failed: (error) => markWeekly(ctx.db, key, { status: 'failed', error: error.slice(0, 1000) }, now()),
    });
    deliveries.push({ ...base, ...result });
  }
  log.info({ deliveries: deliveries.map((d) => `${d.recipient}:${d.outcome}`) }, 'weekly report done');
  return { week, due: true, deliveries, unaddressed };
}

export const WEEKLY_LEASE_MS = 2 * 60_000;

/** `sendWeekly` for the scheduler and the CLI: one run at a time per region (a dry run needs no lock). */
export async function runWeekly(
  ctx: RegionContext,
  client: WebClient,
  options: WeeklyOptions = {},
): Promise<WeeklyResult | { busy: true }> {
  if (options.dryRun) return sendWeekly(ctx, client, options);
  const outcome = await withJobLock(ctx, 'weekly', () => sendWeekly(ctx, client, options), { leaseMs: WEEKLY_LEASE_MS });
  return outcome.ran ? outcome.value : { busy: true };
}
