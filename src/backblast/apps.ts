// Posts by apps: slackblast, F3 Nation and our own bot put the header in blocks and the form's
// values in `metadata.event_payload`; `text` then holds only the moleskin.

import type { BackblastPayload, SlackMessage } from './types.js';
import { PAYLOAD_CHANNEL_ID, PAYLOAD_USER_ID } from '../slack-ids.js';

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

function strings(v: unknown): string[] {
  if (typeof v === 'string') return v ? [v] : [];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x !== '') : [];
}

function richText(elements: unknown, out: string[]): void {
  if (!Array.isArray(elements)) return;
  for (const el of elements) {
    if (!isObject(el)) continue;
    switch (el.type) {
      case 'text':
        out.push(str(el.text) ?? '');
        break;
      case 'user':
        out.push(`<@${str(el.user_id) ?? ''}>`);
        break;
      case 'channel':
        out.push(`<#${str(el.channel_id) ?? ''}>`);
        break;
      case 'link':
        out.push(str(el.text) ?? str(el.url) ?? '');
        break;
      case 'rich_text_list':
        for (const item of Array.isArray(el.elements) ? el.elements : []) {
          out.push('\n• ');
          if (isObject(item)) richText(item.elements, out);
        }
        out.push('\n');
        break;
      case 'rich_text_section':
      case 'rich_text_preformatted':
      case 'rich_text_quote':
        richText(el.elements, out);
        out.push('\n');
        break;
      default:
        break;
    }
  }
}

function blockText(block: Json, out: string[]): void {
  if (isObject(block.text)) out.push(str(block.text.text) ?? '', '\n');
  if (Array.isArray(block.fields)) {
    for (const f of block.fields) if (isObject(f)) out.push(str(f.text) ?? '', '\n');
  }
  if (block.type === 'rich_text') richText(block.elements, out);
  if (block.type === 'context' && Array.isArray(block.elements)) {
    for (const el of block.elements) if (isObject(el) && el.type !== 'image') out.push(str(el.text) ?? '', '\n');
  }
}

/**
 * Text of a message's blocks. `sections`: only section and header blocks, where apps put the
 * header (their rich_text block is the moleskin).
 */
export function blocksText(blocks: unknown[] | undefined, sections: boolean): string {
  if (!Array.isArray(blocks)) return '';
  const out: string[] = [];
  for (const block of blocks) {
    if (!isObject(block)) continue;
    if (sections && block.type !== 'section' && block.type !== 'header') continue;
    blockText(block, out);
  }
  return out.join('');
}

/** Text of legacy message attachments, which older integrations post instead of `text`. */
export function attachmentsText(attachments: unknown): string {
  if (!Array.isArray(attachments)) return '';
  const out: string[] = [];
  for (const a of attachments) {
    // A shared message (`is_share`, `is_msg_unfurl`) is someone else's post, counted where it was posted.
    if (!isObject(a) || a.is_share || a.is_msg_unfurl) continue;
    for (const key of ['pretext', 'title', 'text']) {
      const v = str(a[key]);
      if (v) out.push(v);
    }
  }
  return out.join('\n');
}

/** What a payload says, whichever app wrote it. Absent values are undefined. */
export interface PayloadValues {
  title?: string;
  date?: string;
  /** A channel id, or an AO name to match. */
  ao?: string;
  q?: string;
  coqs: string[];
  pax: string[];
  /** Typed names: PAX without Slack. */
  names: string[];
  /** FNGs as typed (`2 Bob, Jim`), or one name per entry. */
  fngs: string[];
  fngCount?: number;
  count?: number | null;
  poster?: string;
}

function userIds(v: unknown): string[] {
  return strings(v).filter((id) => PAYLOAD_USER_ID.test(id));
}

function count(v: unknown): number | null | undefined {
  if (v === null) return null;
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

function ours(p: Json): PayloadValues {
  const payload = p as Partial<BackblastPayload>;
  const fngCount = count(payload.fng_count);
  return {
    title: str(payload.title),
    date: str(payload.date),
    ao: str(payload.ao_channel_id),
    q: userIds(payload.q_user_id)[0],
    coqs: userIds(payload.coq_user_ids),
    pax: userIds(payload.pax_user_ids),
    names: strings(payload.non_slack_pax),
    fngs: strings(payload.fng_names),
    fngCount: fngCount ?? undefined,
    count: count(payload.count),
    poster: userIds(payload.posted_by)[0],
  };
}

/** slackblast and F3 Nation: `the_q`, `the_coq`, `the_pax`, `non_slack_pax`, `fngs`, `count`, `The_AO`. */
function slackblast(p: Json): PayloadValues {
  const ao = str(p.The_AO);
  const stated = count(p.count);
  return {
    title: str(p.title),
    date: str(p.date),
    ao: ao && PAYLOAD_CHANNEL_ID.test(ao) ? ao : undefined,
    q: userIds(p.the_q)[0],
    coqs: userIds(p.the_coq),
    pax: userIds(p.the_pax),
    names: strings(p.non_slack_pax),
    fngs: strings(p.fngs),
    count: stated === null ? undefined : stated,
    poster: userIds(p.original_poster)[0],
  };
}

/** The form values an app left in the message's metadata, if any. */
export function readPayload(message: SlackMessage): PayloadValues | null {
  const meta = message.metadata;
  if (!isObject(meta) || !isObject(meta.event_payload)) return null;
  const p = meta.event_payload;
  if ('q_user_id' in p || 'pax_user_ids' in p) return ours(p);
  if ('the_q' in p || 'the_pax' in p) return slackblast(p);
  return null;
}

/** Whether the message was posted by an app rather than typed by a person. */
export function isAppPost(message: SlackMessage): boolean {
  return !!message.bot_id || message.subtype === 'bot_message' || isObject(message.metadata);
}
