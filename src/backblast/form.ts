// The /backblast form's values, and how they become the message metadata and the stored record.
// The record comes from the values (through the parser's payload reader, so a later read of the
// posted message agrees with it), never from the posted text.

import { parseMessage } from './parse.js';
import { recordFromParse, type RecordOutcome } from './record.js';
import { nameKey } from './text.js';
import type { BackblastPayload, ParseContext, ParsedBackblast, SlackMessage } from './types.js';
import { USER_ID } from '../slack-ids.js';

export interface FormValues {
  title: string;
  /** YYYY-MM-DD */
  date: string;
  aoChannelId: string;
  qUserId: string;
  coqUserIds: string[];
  /** PAX picked from Slack users (the Q and Co-Qs may be among them). */
  paxUserIds: string[];
  /** PAX not on Slack, by name. */
  paxNames: string[];
  fngNames: string[];
  /** The count the Q typed, or null to count the names. */
  count: number | null;
  moleskin: string;
}

export type FormField = 'title' | 'ao' | 'date' | 'q' | 'pax' | 'count';
export type FormErrors = Partial<Record<FormField, string>>;

export const BACKBLAST_EVENT = 'backblast';

/** Names typed into a text field: comma, semicolon or line separated, each once. */
export function splitNames(text: string | null | undefined): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of (text ?? '').split(/[,;\n]+/)) {
    const name = raw.trim().replace(/^@+/, '').replace(/\s+/g, ' ');
    const key = nameKey(name);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids.filter(Boolean))];
}

/** Everyone on Slack who was there: the Q, the Co-Qs and the PAX, each once. */
export function attendeeIds(v: Pick<FormValues, 'qUserId' | 'coqUserIds' | 'paxUserIds'>): string[] {
  return unique([v.qUserId, ...v.coqUserIds, ...v.paxUserIds]);
}

/** What the Q must fix before the form is accepted; `today` is the region's date. */
// A user id that fits its column (45 characters).
const isUserId = (id: string) => USER_ID.test(id) && id.length <= 45;

/** `YYYY-MM-DD` naming a day that exists (not 2026-02-30). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

export function validateForm(v: FormValues, today: string): FormErrors {
  const errors: FormErrors = {};
  if (!v.title.trim()) errors.title = 'Give the beatdown a title.';
  if (!v.aoChannelId) errors.ao = 'Pick the AO channel.';
  if (!isCalendarDate(v.date)) errors.date = 'Pick the date of the beatdown.';
  else if (v.date > today) errors.date = `${v.date} is in the future: pick the day the beatdown happened (today is ${today}).`;
  if (!v.qUserId) errors.q = 'Pick the Q.';
  else if (!isUserId(v.qUserId)) errors.q = 'Pick the Q from the list.';
  if (![...v.coqUserIds, ...v.paxUserIds].every(isUserId)) errors.pax = 'Pick the PAX from the list.';
  if (v.paxUserIds.length === 0 && v.paxNames.length === 0 && v.fngNames.length === 0) {
    errors.pax = 'Add the PAX who were there (or name them under PAX not on Slack).';
  }
  if (v.count !== null && (!Number.isInteger(v.count) || v.count < 1 || v.count > 999)) {
    errors.count = 'The count is a whole number from 1 to 999, or blank to count the names.';
  }
  return errors;
}

/** The message metadata payload for a form: the parser reads these values back instead of the text. */
export function payloadOf(v: FormValues, postedBy: string): BackblastPayload {
  return {
    version: 1,
    title: v.title.trim(),
    date: v.date,
    ao_channel_id: v.aoChannelId,
    q_user_id: v.qUserId,
    coq_user_ids: unique(v.coqUserIds).filter((id) => id !== v.qUserId),
    pax_user_ids: unique(v.paxUserIds),
    non_slack_pax: v.paxNames,
    fng_names: v.fngNames,
    count: v.count,
    posted_by: postedBy,
  };
}

/**
 * The message's `metadata`: the payload plus the moleskin (kept there so Edit can prefill it;
 * the parser ignores keys it does not know).
 */
export function metadataOf(v: FormValues, postedBy: string): { event_type: string; event_payload: Record<string, unknown> } {
  return { event_type: BACKBLAST_EVENT, event_payload: { ...payloadOf(v, postedBy), moleskin: v.moleskin } };
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x !== '') : [];
}

function text(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

/** Our own form values back from a message's metadata, or null when it carries none of ours. */
export function valuesOfMetadata(message: Pick<SlackMessage, 'metadata'>): FormValues | null {
  const meta = message.metadata;
  const p = meta?.event_payload;
  if (meta?.event_type !== BACKBLAST_EVENT || !p || typeof p.q_user_id !== 'string' || !('posted_by' in p)) return null;
  return {
    title: text(p.title),
    date: text(p.date),
    aoChannelId: text(p.ao_channel_id),
    qUserId: p.q_user_id,
    coqUserIds: strings(p.coq_user_ids),
    paxUserIds: strings(p.pax_user_ids),
    paxNames: strings(p.non_slack_pax),
    fngNames: strings(p.fng_names),
    count: typeof p.count === 'number' ? p.count : null,
    moleskin: text(p.moleskin),
  };
}

/** Who submitted the form, from a message's metadata. */
export function postedByOf(message: Pick<SlackMessage, 'metadata'>): string | null {
  const by = message.metadata?.event_payload?.posted_by;
  return message.metadata?.event_type === BACKBLAST_EVENT && typeof by === 'string' ? by : null;
}

/** Form values for a backblast read from text, so the Q can correct it in the form. */
export function valuesOfParsed(parsed: ParsedBackblast, moleskin = ''): FormValues {
  const leaders = new Set([parsed.q_user_id, ...parsed.coq_user_ids]);
  const counted = parsed.pax_user_ids.length + parsed.unresolved_pax.length + parsed.fng_names.length;
  return {
    title: parsed.title,
    date: parsed.date,
    aoChannelId: parsed.ao_channel_id ?? parsed.channel ?? '',
    qUserId: parsed.q_user_id ?? '',
    coqUserIds: parsed.coq_user_ids,
    paxUserIds: parsed.pax_user_ids.filter((id) => !leaders.has(id)),
    paxNames: parsed.unresolved_pax,
    fngNames: parsed.fng_names,
    count: parsed.pax_count === counted ? null : parsed.pax_count,
    moleskin,
  };
}

/** The parse record of a form's values, exactly as the parser reads them from the posted message's metadata. */
export function parsedOfForm(
  v: FormValues,
  postedBy: string,
  where: { ts: string; channel: string },
  ctx: ParseContext,
): ParsedBackblast {
  const parsed = parseMessage({ ts: where.ts, channel: where.channel, metadata: metadataOf(v, postedBy) }, ctx);
  if (!parsed.is_backblast) throw new Error('the parser did not read the form metadata as a backblast');
  return parsed;
}

/**
 * What gets stored for a form: the same record the live listener, the importer and the reconciler
 * make of the posted message (whose `text` is the post as Slack stored it), or why it cannot be.
 */
export function recordOfForm(
  v: FormValues,
  postedBy: string,
  post: { ts: string; channel: string; text: string; user?: string; tsEdited: string | null },
  ctx: ParseContext,
): RecordOutcome & { parsed: ParsedBackblast } {
  const parsed = parsedOfForm(v, postedBy, post, ctx);
  const message: SlackMessage = {
    ts: post.ts,
    channel: post.channel,
    text: post.text,
    user: post.user,
    metadata: metadataOf(v, postedBy),
    ...(post.tsEdited ? { edited: { ts: post.tsEdited } } : {}),
  };
  return { ...recordFromParse(parsed, message, 'form'), parsed };
}
