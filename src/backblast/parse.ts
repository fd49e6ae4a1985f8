// parseMessage: one Slack message in, the `parse` record (README, Command line: `parse`) out. Pure: the message's
// ts and the region's time zone define "today"; the directories come with the context.

import { attachmentsText, blocksText, isAppPost, readPayload } from './apps.js';
import { buildRecord } from './assemble.js';
import type { NameTest } from './blocks.js';
import { contextIndex } from './context.js';
import type { ContextIndex } from './context.js';
import { applyPayload, draftOf, emptyDraft, type Draft } from './draft.js';
import { formatDay } from './dates.js';
import { daysBetween } from '../time.js';
import { normaliseLine } from './text.js';
import { readHeader, type Header } from './header.js';
import { CONTENT_HINT, isPlaceholder, reportsWorkout } from './recognise.js';
import type { Field, FieldKind } from './labels.js';
import type { ParseContext, ParseResult, SlackMessage } from './types.js';
import { USER_ID } from '../slack-ids.js';

const NOT_MESSAGES = new Set([
  'message_deleted', 'channel_join', 'channel_leave', 'channel_topic', 'channel_purpose', 'channel_name',
  'channel_archive', 'channel_unarchive', 'group_join', 'group_leave', 'group_topic', 'group_purpose',
  'group_name', 'group_archive', 'group_unarchive', 'pinned_item', 'unpinned_item', 'bot_add', 'bot_remove',
  'reminder_add', 'tombstone', 'ekm_access_denied', 'channel_convert_to_private', 'huddle_thread',
]);
/** How many days after its post a typed date makes the post a preblast (further on it is a typo). */
const MAX_DAYS_AHEAD = 30;
const ATTENDANCE: FieldKind[] = ['q', 'coq', 'pax', 'fng', 'count'];
// "YHC" (your humble correspondent) in the write-up: its writer led, in F3's usage.
const WRITES_AS_YHC = /\byhc\b/i;
// The last line signing the post: `- Radio`, `YHC, Snoop`, `Q: Radio`.
const SIGN_OFF = /^[ \t]*(?:[-~]+|yhc[,:]?|q[,:]|your q[,:]?)[ \t]*(@?[\p{L}\p{N}][^,.!]{0,30}?)[ \t.!]*$/iu;
const Q_LINE_BELOW = /^[ \t*_•-]*(?:q|qic)[ \t*_]*:[ \t*_]*(@?[\p{L}\p{N}<][^\n]{0,40})$/gimu;
// Early slackblast posts open with `*Title*: …` instead of a keyword.
const TITLE_FIRST = /^\s*[*_]*title[*_]*\s*:/i;
// Where the text names the AO: `F3 Platte (New World AO)`, a `city, AO, date` line.
const AO_IN_TEXT = /\(([^()\n]{2,40}?)\s+AO\)|\b([\p{Lu}][\p{L}' ]{1,30}?)\s+AO\b/gu;
const PLACE_LINE = /^([^,\n]{2,30}),\s*([^,\n]{2,40}),\s*[^,\n]*\d[^,\n]*$/gm;

/** The member the last line signs as, if any. */
function signer(text: string, index: ContextIndex): string | null {
  const end = text.trimEnd();
  const signed = SIGN_OFF.exec(end.slice(end.lastIndexOf('\n') + 1));
  return signed ? index.users.resolve(normaliseLine(signed[1]!).replace(/^@/, '')) : null;
}

/** A member named on a `QIC: Name` line below the header (`- QIC: Hermes (just in case).`). */
function qLineBelow(text: string, index: ContextIndex): string | null {
  for (const m of text.matchAll(Q_LINE_BELOW)) {
    const id = index.users.resolve(normaliseLine(m[1]!).replace(/\s*\(.*$/, '').replace(/[.!,;]+$/, '').replace(/^@/, ''));
    if (id) return id;
  }
  return null;
}

/** What the rest of the text says that the header does not: who led, who signed it, where it was. */
function readMore(draft: Draft, text: string, poster: string | undefined, index: ContextIndex): void {
  if (draft.q.length === 0 && !draft.pax.some((p) => p.role === 'q')) {
    const below = qLineBelow(text, index);
    const signed = below ? null : signer(text, index);
    if (below) draft.impliedQ = { id: below, from: 'line' };
    else if (signed) draft.impliedQ = { id: signed, from: 'sign-off' };
    else if (poster && WRITES_AS_YHC.test(text)) draft.impliedQ = { id: poster, from: 'poster' };
  }
  if (draft.aoText) return;
  const head = text.slice(0, 2000);
  // Both need an `AO` or two commas: most texts skip the scans.
  if (head.includes('AO')) for (const m of head.matchAll(AO_IN_TEXT)) draft.aoHints.push(m[1] ?? m[2]!);
  const comma = head.indexOf(',');
  if (comma >= 0 && head.includes(',', comma + 1)) for (const m of head.matchAll(PLACE_LINE)) draft.aoHints.push(m[2]!, m[1]!);
}

function has(fields: Field[], kind: FieldKind): boolean {
  return fields.some((f) => f.kind === kind);
}

/** A header is a backblast's when it lists attendance, and is not a preblast's When/Where/HC or a template's blanks. */
function isBackblast(fields: Field[]): boolean {
  if (!fields.some((f) => ATTENDANCE.includes(f.kind) && f.value !== '' && !isPlaceholder(f.value))) return false;
  if (fields.filter((f) => isPlaceholder(f.value)).length >= 2) return false;
  if (has(fields, 'pax') || has(fields, 'count') || has(fields, 'fng')) return true;
  return !(has(fields, 'hc') || has(fields, 'time') || fields.some((f) => f.label === 'where'));
}

function notBackblast(ts: string, channel: string | null): ParseResult {
  return { ts, channel, is_backblast: false };
}

/** The edited message inside a `message_changed` event, with the event's channel. */
function unwrap(message: SlackMessage): SlackMessage {
  if (message.subtype !== 'message_changed') return message;
  const inner = message.message;
  if (typeof inner !== 'object' || inner === null) return message;
  return { channel: message.channel, ...(inner as SlackMessage) };
}

/** Reads one Slack message: a backblast's record, or `is_backblast: false`. */
export function parseMessage(original: SlackMessage, ctx: ParseContext): ParseResult {
  const message = unwrap(original);
  const ts = String(message.ts ?? '');
  const channel = typeof message.channel === 'string' ? message.channel : null;
  if (message.subtype && NOT_MESSAGES.has(message.subtype)) return notBackblast(ts, channel);

  const index = contextIndex(ctx);
  const app = isAppPost(message);
  const payload = readPayload(message);
  const isPayloadBackblast = payload !== null && message.metadata?.event_type === 'backblast';
  const texts: string[] = [];
  if (app && message.blocks) texts.push(blocksText(message.blocks, true));
  if (typeof message.text === 'string') texts.push(message.text);
  if (!message.text && message.blocks) texts.push(blocksText(message.blocks, false));
  if (!message.text && message.attachments) texts.push(attachmentsText(message.attachments));

  const isName: NameTest = (name) => typeof index.users.lookupKey(index.users.keyOf(name.replace(/^@/, ''))) === 'string';
  let header: Header | null = null;
  let someoneElses = false;
  for (const text of texts) {
    if (!text) continue;
    const found = readHeader(text, isName);
    if (found?.kind === 'preblast' || found?.kind === 'quoted') {
      someoneElses = true;
      break;
    }
    if (found?.kind === 'backblast' && isBackblast(found.header.fields)) {
      header = found.header;
      break;
    }
  }
  // No keyword: a message that reports a workout the way a backblast does is one all the same.
  const typed = typeof message.text === 'string' ? message.text : '';
  if (!header && !someoneElses && typed && ((!app && !message.bot_id) || TITLE_FIRST.test(typed)) && CONTENT_HINT.test(typed)) {
    const found = readHeader(typed, isName, true);
    if (found?.kind === 'backblast' && reportsWorkout(found.header, typed, signer(typed, index) !== null)) header = found.header;
  }
  if (!header && !isPayloadBackblast) return notBackblast(ts, channel);

  const poster = app ? payload?.poster : typeof message.user === 'string' && USER_ID.test(message.user) ? message.user : undefined;
  const draft = header ? draftOf(header, index, poster) : emptyDraft('');
  if (header) readMore(draft, typed, poster, index);
  if (payload && isPayloadBackblast) applyPayload(draft, payload, index);
  const today = index.calendar.dayOf(ts);
  const record = buildRecord(draft, ts, channel, today, index);
  // A typed post about a day still to come is a preblast; a date far ahead is a typo, warned of.
  if (header && !isPayloadBackblast && record.is_backblast) {
    const ahead = daysBetween(formatDay(today), record.date);
    if (ahead >= 1 && ahead <= MAX_DAYS_AHEAD) return notBackblast(ts, channel);
  }
  return record;
}
