// Live message events: a new, edited or deleted message brings the database in line with it, and
// the poster hears privately what was recorded.

import type { WebClient } from '@slack/web-api';
import { ingestMessage, type IngestOutcome } from '../../backblast/ingest.js';
import type { SlackMessage } from '../../backblast/types.js';
import { deleteBackblast } from '../../db/queries/backblasts.js';
import { claimNote } from '../../db/queries/notes.js';
import { whenFree } from '../../db/busy.js';
import { isUnavailable } from '../../db/dialect.js';
import { readHeader } from '../../backblast/header.js';
import type { Bot, BotIdentity } from '../bot.js';
import { errorFields } from '../../errors.js';
import { notRecordedYetNote, recordedNote, refusedNote, removedNote, type Note } from '../blocks/note.js';
import { tellPrivately } from '../reply.js';
import type { Version } from './order.js';
import { describePost, isRecorded } from './stored.js';

export type MessageChange =
  | { kind: 'message'; message: SlackMessage & { channel: string }; version: Version; edit: boolean }
  | { kind: 'deleted'; channel: string; ts: string };

/** Subtypes that carry what a person or an app wrote; the rest (joins, topics, …) are not posts. */
const POSTS = new Set<string | undefined>([undefined, 'bot_message', 'thread_broadcast', 'file_share', 'me_message']);

type Event = Record<string, unknown>;

function isThreadReply(m: Event): boolean {
  return typeof m.thread_ts === 'string' && m.thread_ts !== m.ts && m.subtype !== 'thread_broadcast';
}

function sameContent(a: Event, b: unknown): boolean {
  if (typeof b !== 'object' || b === null) return false;
  const o = b as Event;
  return (
    a.text === o.text &&
    JSON.stringify(a.metadata ?? null) === JSON.stringify(o.metadata ?? null) &&
    JSON.stringify(a.blocks ?? null) === JSON.stringify(o.blocks ?? null)
  );
}

/**
 * What a `message` event means for the records: a post (new or edited) to read, a deleted post, or
 * nothing (thread replies not sent to the channel, joins and topics, direct messages, an edit that
 * changed nothing we read, like a link preview being added).
 */
export function readMessageEvent(event: Event): MessageChange | null {
  const channel = event.channel;
  if (typeof channel !== 'string' || event.channel_type === 'im' || event.channel_type === 'mpim') return null;
  const subtype = typeof event.subtype === 'string' ? event.subtype : undefined;
  if (subtype === 'message_deleted') {
    return typeof event.deleted_ts === 'string' ? { kind: 'deleted', channel, ts: event.deleted_ts } : null;
  }
  if (subtype === 'message_changed') {
    const inner = event.message;
    if (typeof inner !== 'object' || inner === null) return null;
    const m = inner as Event;
    if (typeof m.ts !== 'string' || isThreadReply(m)) return null;
    // A deleted post that has thread replies stays as a tombstone: for the records it is gone.
    if (m.subtype === 'tombstone') return { kind: 'deleted', channel, ts: m.ts };
    if (!POSTS.has(m.subtype as string | undefined)) return null;
    if (sameContent(m, event.previous_message)) return null;
    const edited = (m.edited as { ts?: unknown } | undefined)?.ts;
    const version = typeof edited === 'string' ? edited : typeof event.event_ts === 'string' ? event.event_ts : m.ts;
    return { kind: 'message', message: { ...(m as SlackMessage), channel }, version, edit: true };
  }
  if (!POSTS.has(subtype) || typeof event.ts !== 'string' || isThreadReply(event)) return null;
  return { kind: 'message', message: { ...(event as SlackMessage), channel }, version: event.ts, edit: false };
}

/** Our own posts are recorded from the form when they are made; their events change nothing. */
export function isOwnPost(message: SlackMessage, me: BotIdentity): boolean {
  return (!!me.botId && message.bot_id === me.botId) || (!!me.botUserId && message.user === me.botUserId);
}

/** The person who wrote a post, or null when an app posted it. */
function byPerson(message: SlackMessage): string | null {
  const person = !message.bot_id && message.subtype !== 'bot_message' && typeof message.user === 'string';
  return person ? (message.user as string) : null;
}

/** Who hears about a post: the person who wrote it, or the Q when an app posted it. */
function recipient(message: SlackMessage, outcome: IngestOutcome): string | null {
  const person = byPerson(message);
  if (person) return person;
  return 'parsed' in outcome ? outcome.parsed.q_user_id : null;
}

async function noteFor(
  bot: Bot,
  client: WebClient,
  outcome: IngestOutcome,
  change: Extract<MessageChange, { kind: 'message' }>,
): Promise<Note | null> {
  const target = { channel: change.message.channel, ts: change.message.ts };
  switch (outcome.kind) {
    case 'saved':
      return recordedNote(outcome.parsed, target, { updated: change.edit && outcome.replaced });
    case 'refused': {
      const existing = outcome.existingTs !== undefined ? await describePost(bot.ctx.db, client, outcome.existingTs) : undefined;
      const earlier = change.edit && (await isRecorded(bot.ctx.db, target.ts));
      return refusedNote(outcome.parsed, outcome.problem, target, { existing, edit: earlier });
    }
    case 'removed':
      return removedNote();
    default:
      return null;
  }
}

/** Handles one `message` event, after Slack has been answered. */
export async function onMessageEvent(bot: Bot, client: WebClient, event: Event, me: BotIdentity): Promise<void> {
  try {
    await recordMessageEvent(bot, client, event, me);
    bot.retry.nudge(client);
  } catch (err) {
    const change = readMessageEvent(event);
    const [channel, ts, version] = change ? changeAt(change) : [];
    if (change && isUnavailable(err)) {
      const kept = await bot.retry.hold({ key: `${channel}:${ts}:${version}`, event, me }, client);
      const post = change.kind === 'message' ? change.message : null;
      const user = post && readHeader(post.text ?? '')?.kind === 'backblast' ? byPerson(post) : null;
      if (kept === 'new' && user) {
        await tellPrivately(client, bot.ctx.log, { user, channel }, notRecordedYetNote());
      }
      return;
    }
    // Slack has its answer already; the nightly reconciliation reads the message again.
    bot.ctx.log.error({ err: errorFields(err), channel, ts, change: change?.kind }, 'could not record a message');
  }
}

/** The channel, ts and version a change is about. */
function changeAt(change: MessageChange): [string, string, Version] {
  return change.kind === 'deleted' ? [change.channel, change.ts, 'deleted'] : [change.message.channel, change.message.ts, change.version];
}

/** Brings the database in line with one `message` event; throws when the database fails. */
export async function recordMessageEvent(bot: Bot, client: WebClient, event: Event, me: BotIdentity): Promise<void> {
  const change = readMessageEvent(event);
  if (!change) return;
  if (change.kind === 'message' && isOwnPost(change.message, me)) return;
  const { db, log } = bot.ctx;
  const [channel, ts, version] = changeAt(change);
  await bot.order.run(`${channel}:${ts}`, version, async () => {
    if (change.kind === 'deleted') {
      if (await deleteBackblast(db, ts)) log.info({ channel, ts }, 'backblast deleted');
      return;
    }
    const context = await bot.directory.contextFor(client, change.message);
    const known = bot.directory.known();
    const outcome = await ingestMessage(db, change.message, context, 'live', known);
    log.info({ channel, ts, outcome: outcome.kind, edit: change.edit }, 'message read');
    const note = await noteFor(bot, client, outcome, change);
    const user = recipient(change.message, outcome);
    // Exactly once per message version, across retries, restarts and replicas: the database decides.
    const key = { team_id: me.teamId ?? '', channel_id: channel, ts, version };
    if (note && user && (await whenFree(() => claimNote(db, key, outcome.kind, Date.now())))) {
      await tellPrivately(client, log, { user, channel }, note);
    }
  });
}
