import type { WebClient } from '@slack/web-api';
import { ingestMessage } from '../backblast/ingest.js';
import type { ParseContext, SlackChannel, SlackUser } from '../backblast/types.js';
import { isBadValue } from '../db/dialect.js';
import { markAosWithBackblasts, upsertAos } from '../db/queries/aos.js';
import { deleteBackblast } from '../db/queries/backblasts.js';
import { finishPass, findCursor, savePass, type HistoryPass } from '../db/queries/cursors.js';
import { storedBetween } from '../db/queries/stored.js';
import { upsertUsers } from '../db/queries/users.js';
import { linkMembers } from '../slack/fng-follow-up.js';
import type { RegionContext } from '../region.js';
import { isThreadReply, latestVersion } from '../slack-export/messages.js';
import { errorText } from '../errors.js';
import { compareTs, isNewerEdit, tsOfMillis } from '../ts.js';
import { DEFAULT_PACING, HistoryReader, type HistoryPacing } from './history.js';

// The nightly catch-up with Slack: users and channels synced, then every channel the bot is in read
// from where the last run stopped, so backblasts the live bot missed (it was down, it joined late,
// a message was edited or deleted meanwhile) end up as Slack has them.

export interface ReconcileOptions {
  /** How far back a channel read for the first time goes. */
  days?: number;
  pacing?: Partial<HistoryPacing>;
  /** Unix ms clock. */
  now?: () => number;
  /** Told after each page read. */
  onPage?: (page: { channel: string; name: string; messages: number }) => void;
}

export interface ReconcileSummary {
  users: number;
  channels: number;
  /** Channels whose history was read. */
  channelsRead: number;
  /** Channels the bot is not in (names): not read. */
  notInChannel: string[];
  /** Channels whose reading failed; the next run resumes them. */
  failed: { channel: string; error: string }[];
  pages: number;
  messages: number;
  saved: number;
  updated: number;
  removed: number;
  unchanged: number;
  refused: { channel: string; ts: string; problem: string }[];
  seconds: number;
}

/** A first pass ends this long before now, so messages still being delivered are left to the next run. */
const SETTLE_MS = 10_000;

async function listAll<T>(client: WebClient, method: string, key: string, params: Record<string, unknown>): Promise<T[]> {
  const all: T[] = [];
  for await (const page of client.paginate(method, { limit: 200, ...params })) {
    all.push(...(((page as unknown as Record<string, unknown>)[key] as T[] | undefined) ?? []));
  }
  return all;
}

/**
 * One reconciliation run. Call it under withJobLock: two runs at once would read the same pages
 * twice. Progress is kept per channel after every page, so a run that stops resumes where it was.
 */
export async function reconcile(
  ctx: RegionContext,
  client: WebClient,
  options: ReconcileOptions = {},
): Promise<ReconcileSummary> {
  const started = Date.now();
  const now = options.now ?? Date.now;
  const log = ctx.log.child({ job: 'reconcile' });
  const summary: ReconcileSummary = {
    users: 0,
    channels: 0,
    channelsRead: 0,
    notInChannel: [],
    failed: [],
    pages: 0,
    messages: 0,
    saved: 0,
    updated: 0,
    removed: 0,
    unchanged: 0,
    refused: [],
    seconds: 0,
  };

  const users = await listAll<SlackUser>(client, 'users.list', 'members', {});
  const channels = await listAll<SlackChannel>(client, 'conversations.list', 'channels', {
    types: 'public_channel,private_channel',
    exclude_archived: false,
  });
  await ctx.db.transaction().execute(async (trx) => {
    await upsertUsers(trx, users);
    await upsertAos(trx, channels);
  });
  summary.users = users.length;
  summary.channels = channels.length;
  log.info({ users: users.length, channels: channels.length }, 'users and channels synced');

  const parseContext: ParseContext = { users, channels, tz: ctx.tz };
  const reader = new HistoryReader(client, { ...DEFAULT_PACING, ...options.pacing });
  try {
    const live = channels.filter((c) => !c.is_archived).sort((a, b) => (a.name ?? a.id).localeCompare(b.name ?? b.id));
    for (const channel of live) {
      const name = channel.name ?? channel.id;
      if (channel.is_member === false) {
        summary.notInChannel.push(name);
        continue;
      }
      try {
        await readChannel(ctx, reader, parseContext, channel, summary, { ...options, now });
        summary.channelsRead += 1;
      } catch (err) {
        const code = errorText(err);
        if (code === 'not_in_channel') {
          summary.notInChannel.push(name);
          continue;
        }
        log.warn({ channel: channel.id, error: code }, 'could not read channel history; the next run resumes it');
        summary.failed.push({ channel: name, error: code });
      }
    }
  } finally {
    reader.close();
  }
  await markAosWithBackblasts(ctx.db);
  await linkMembers(ctx, client, users).catch((err: unknown) =>
    log.warn({ err: String(err) }, 'FNG follow-up failed; the next run tries again'),
  );
  summary.seconds = (Date.now() - started) / 1000;
  log.info({ ...summary, refused: summary.refused.length, failed: summary.failed.length }, 'reconciled');
  return summary;
}

async function readChannel(
  ctx: RegionContext,
  reader: HistoryReader,
  parseContext: ParseContext,
  channel: SlackChannel,
  summary: ReconcileSummary,
  options: ReconcileOptions & { now: () => number },
): Promise<void> {
  const cursor = await findCursor(ctx.db, channel.id);
  let pass: HistoryPass;
  if (cursor?.pass) {
    pass = cursor.pass;
  } else {
    const from = cursor?.readTo ?? tsOfMillis(options.now() - (options.days ?? 7) * 86_400_000);
    const top = tsOfMillis(options.now() - SETTLE_MS);
    if (compareTs(from, top) >= 0) return;
    pass = { oldest: from, latest: top, top };
  }

  for (;;) {
    const page = await reader.page(channel.id, pass.oldest, pass.latest);
    summary.pages += 1;
    const tss = page.messages.map((m) => String(m.ts ?? '')).filter(Boolean);
    const bottom = tss.reduce((min, ts) => (compareTs(ts, min) < 0 ? ts : min), pass.latest);
    const more = page.hasMore && tss.length > 0;
    // What this page covers: down to its oldest message when more follow, else to the window's start.
    const window = more
      ? { from: bottom, fromInclusive: true, to: pass.latest }
      : { from: pass.oldest, fromInclusive: false, to: pass.latest };
    await applyPage(ctx, parseContext, channel.id, page.messages, window, summary);
    options.onPage?.({ channel: channel.id, name: channel.name ?? channel.id, messages: page.messages.length });
    if (!more) {
      await finishPass(ctx.db, channel.id, pass.top);
      return;
    }
    pass = { ...pass, latest: bottom };
    await savePass(ctx.db, channel.id, pass);
  }
}

async function applyPage(
  ctx: RegionContext,
  parseContext: ParseContext,
  channelId: string,
  entries: Record<string, unknown>[],
  window: { from: string; fromInclusive: boolean; to: string },
  summary: ReconcileSummary,
): Promise<void> {
  const stored = new Map((await storedBetween(ctx.db, channelId, window)).map((s) => [s.ts, s]));
  const seen = new Set<string>();
  // Oldest first, so of two posts of one beatdown the first stands, as it did live.
  for (const entry of [...entries].reverse()) {
    const message = latestVersion(entry);
    if (!message) continue;
    seen.add(message.ts);
    summary.messages += 1;
    if (isThreadReply(message)) continue;
    const before = stored.get(message.ts);
    if (before && !isNewerEdit(message.edited?.ts, before.tsEdited)) {
      summary.unchanged += 1;
      continue;
    }
    let outcome;
    try {
      outcome = await ingestMessage(ctx.db, { ...message, channel: channelId }, parseContext, 'reconcile');
    } catch (err) {
      // One message the database refuses must not hold back the channel every night after.
      if (!isBadValue(err)) throw err;
      summary.refused.push({ channel: channelId, ts: message.ts, problem: `could not be stored: ${(err as Error).message}` });
      continue;
    }
    if (outcome.kind === 'saved') {
      if (outcome.replaced) summary.updated += 1;
      else summary.saved += 1;
    } else if (outcome.kind === 'removed') {
      summary.removed += 1;
    } else if (outcome.kind === 'refused') {
      summary.refused.push({ channel: channelId, ts: message.ts, problem: outcome.problem });
    }
  }
  // Backblasts stored inside what this page covers that Slack no longer has were deleted there.
  for (const gone of stored.values()) {
    if (seen.has(gone.ts)) continue;
    if (await deleteBackblast(ctx.db, gone.ts)) summary.removed += 1;
  }
}
