import type { WebClient } from '@slack/web-api';
import { monthChartSets, type ChartKind, type ChartSet } from '../charts/month.js';
import { renderFiles, type PngFile } from '../charts/files.js';
import { chartRenderer, type ChartRenderer } from '../charts/render.js';
import { dmChannel, isSharedIn, shareUploaded, uploadUnshared } from '../charts/upload.js';
import { deliveriesOf, markFailed, markSending, markSent, type DeliveryKey, type DeliveryRow } from '../db/queries/delivery.js';
import { optedOutUsers } from '../db/queries/optouts.js';
import type { RegionContext } from '../region.js';
import { errorText, slackAnswered } from '../errors.js';
import { downrangeOf } from '../stats/downrange.js';
import { withJobLock } from './lock.js';

// The monthly chart delivery: each PAX who posted gets his chart by DM (unless he opted out), each AO
// channel with beatdowns gets its charts, REGION_CHANNEL (when set) gets the region's.
//
// Exactly once, through the ledger (monthly_deliveries, keyed by month, kind and target):
// - a delivery marked `sent` is never sent again;
// - the files are uploaded first (invisible until shared), then the row is marked `sending` with the
//   channel and file ids, then files.completeUploadExternal shares them as one message, then the row
//   is marked `sent`. A failure before the mark, or a Slack error answer to the share, shares nothing:
//   the row is `failed` (or absent) and the next run sends it.
// - The one uncertain window is a crash (or a lost answer) between the `sending` mark and the `sent`
//   mark. The next run asks Slack (files.info) whether those files are shared in that channel: yes →
//   marked `sent`, not resent; no → sent again; no clear answer → NOT resent and reported
//   `unconfirmed`. We prefer missing one chart to sending one twice; the window is a single request.

export type DeliveryOutcome = 'sent' | 'already-sent' | 'opted-out' | 'would-send' | 'failed' | 'unconfirmed';

export interface DeliveryReport {
  kind: ChartKind;
  target: string;
  outcome: DeliveryOutcome;
  /** Slack channel (DM, AO channel or REGION_CHANNEL) when known. */
  channel?: string;
  files: string[];
  error?: string;
}

export interface MonthlyReport {
  month: string;
  dryRun: boolean;
  deliveries: DeliveryReport[];
}

export interface MonthlyOptions {
  dryRun?: boolean;
  /** Defaults to the settings' renderer (QuickChart or local). */
  render?: ChartRenderer;
  /** Milliseconds clock for the ledger's times. */
  now?: () => number;
}

async function renderSet(set: ChartSet, render: ChartRenderer): Promise<{ files: PngFile[]; message: string }> {
  const bundle = await set.build();
  return { files: await renderFiles(bundle.specs, render), message: bundle.message };
}

/** One delivery, after the ledger said it is still to do. */
async function deliver(
  ctx: RegionContext,
  client: WebClient,
  key: DeliveryKey,
  set: ChartSet,
  render: ChartRenderer,
  now: () => number,
): Promise<DeliveryReport> {
  const report: DeliveryReport = { kind: set.kind, target: set.target, outcome: 'failed', files: [] };
  let marked = false;
  try {
    const { files, message } = await renderSet(set, render);
    report.files = files.map((f) => f.filename);
    const channel =
      set.kind === 'pax' ? await dmChannel(client, set.target) : set.kind === 'ao' ? set.target : ctx.settings.regionChannel!;
    report.channel = channel;
    const uploaded = await uploadUnshared(client, files);
    await markSending(
      ctx.db,
      key,
      channel,
      uploaded.map((f) => f.id),
      now(),
    );
    marked = true;
    await shareUploaded(client, uploaded, channel, message);
    await markSent(ctx.db, key, now());
    report.outcome = 'sent';
  } catch (err) {
    report.error = errorText(err);
    if (!marked || slackAnswered(err)) {
      await markFailed(ctx.db, key, report.error, now());
      report.outcome = 'failed';
    } else {
      report.outcome = 'unconfirmed';
    }
  }
  return report;
}

/** A `sending` row left by a crash: was it shared? */
async function settleSending(ctx: RegionContext, client: WebClient, key: DeliveryKey, row: DeliveryRow, now: () => number) {
  const fileId = row.file_ids?.split(',')[0];
  if (!fileId || !row.channel_id) return 'no' as const;
  const shared = await isSharedIn(client, fileId, row.channel_id);
  if (shared === 'yes') await markSent(ctx.db, key, now());
  return shared;
}

/**
 * Sends a month's charts, each once (see above). With `dryRun`, renders everything and reports what
 * would be sent, touching neither Slack nor the ledger.
 */
export async function sendMonthly(
  ctx: RegionContext,
  client: WebClient,
  month: string,
  options: MonthlyOptions = {},
): Promise<MonthlyReport> {
  const render = options.render ?? chartRenderer(ctx.settings);
  const now = options.now ?? Date.now;
  const dryRun = options.dryRun ?? false;
  const log = ctx.log.child({ job: 'monthly', month, dryRun });

  const all = await monthChartSets(ctx.db, month, (userId, year) => downrangeOf(ctx, userId, year));
  // In many-regions mode PAXminer's switches pick the kinds: PAX charts, AO charts, region charts.
  const switches = ctx.region?.charts;
  const sets = all.filter(
    (s) =>
      (s.kind !== 'region' || ctx.settings.regionChannel) &&
      (!switches || (s.kind === 'pax' ? switches.pax : s.kind === 'ao' ? switches.ao : switches.region)),
  );
  const [optedOut, ledger] = await Promise.all([optedOutUsers(ctx.db), deliveriesOf(ctx.db, month)]);
  log.info(
    { deliveries: sets.length, optedOut: optedOut.size, regionChannel: ctx.settings.regionChannel ?? null },
    'monthly delivery starting',
  );

  const deliveries: DeliveryReport[] = [];
  for (const [i, set] of sets.entries()) {
    const key = { month, kind: set.kind, target: set.target };
    const row = ledger.get(`${set.kind}:${set.target}`);
    const progress = { kind: set.kind, target: set.target, n: i + 1, of: sets.length };
    let report: DeliveryReport;
    if (set.kind === 'pax' && optedOut.has(set.target)) {
      report = { kind: set.kind, target: set.target, outcome: 'opted-out', files: [] };
    } else if (row?.status === 'sent') {
      report = { kind: set.kind, target: set.target, outcome: 'already-sent', channel: row.channel_id ?? undefined, files: [] };
    } else if (dryRun) {
      const { files } = await renderSet(set, render);
      const outcome = row?.status === 'sending' ? 'unconfirmed' : 'would-send';
      report = { kind: set.kind, target: set.target, outcome, files: files.map((f) => f.filename) };
    } else {
      const settled = row?.status === 'sending' ? await settleSending(ctx, client, key, row, now) : 'no';
      if (settled === 'yes') {
        report = {
          kind: set.kind,
          target: set.target,
          outcome: 'already-sent',
          channel: row?.channel_id ?? undefined,
          files: [],
        };
        log.info(progress, 'delivered before an interruption; marked sent');
      } else if (settled === 'unknown') {
        report = { kind: set.kind, target: set.target, outcome: 'unconfirmed', channel: row?.channel_id ?? undefined, files: [] };
        log.warn(progress, 'interrupted while sharing and Slack cannot say whether it arrived: not sent again');
      } else {
        report = await deliver(ctx, client, key, set, render, now);
      }
    }
    deliveries.push(report);
    const level = report.outcome === 'failed' || report.outcome === 'unconfirmed' ? 'warn' : 'info';
    log[level](
      { ...progress, outcome: report.outcome, channel: report.channel, error: report.error },
      `monthly ${report.outcome}`,
    );
  }

  const counts: Record<string, number> = {};
  for (const d of deliveries) counts[d.outcome] = (counts[d.outcome] ?? 0) + 1;
  log.info(counts, 'monthly delivery done');
  return { month, dryRun, deliveries };
}

/** How long a crashed run keeps others out on SQLite (a live run renews it); MySQL frees its lock at once. */
export const MONTHLY_LEASE_MS = 2 * 60_000;

/** `sendMonthly` for the scheduler and the CLI: one run at a time per region (a dry run needs no lock). */
export async function runMonthly(
  ctx: RegionContext,
  client: WebClient,
  month: string,
  options: MonthlyOptions = {},
): Promise<MonthlyReport | { busy: true }> {
  if (options.dryRun) return sendMonthly(ctx, client, month, options);
  const outcome = await withJobLock(ctx, 'monthly', () => sendMonthly(ctx, client, month, options), {
    leaseMs: MONTHLY_LEASE_MS,
  });
  return outcome.ran ? outcome.value : { busy: true };
}
