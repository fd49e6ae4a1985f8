import type { BeatdownRecord } from '../backblast/types.js';
import type { Beatdown } from './types.js';

/** A JSON column's value as an object: MariaDB and SQLite give the text, MySQL the parsed value. */
export function readJson(v: unknown): Record<string, unknown> | null {
  if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
  if (typeof v !== 'string' || !v.startsWith('{')) return null;
  try {
    return JSON.parse(v) as Record<string, unknown>;
  } catch {
    return null;
  }
}

/** What a beatdown's `json` column keeps (written by beatdownRow); rows of older tools keep none of it. */
export interface BeatdownJson {
  /** Null when missing or empty. */
  title: string | null;
  /** The channel the message was posted in; null when missing or empty (older rows: the AO's). */
  channel: string | null;
  coqUserIds: string[];
  fngNames: string[];
  unresolvedPax: string[];
  source: string | null;
  /** Everything else it keeps (poster, warnings, …). */
  extra: Record<string, unknown>;
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function text(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : null;
}

/** The one reading of a beatdown's `json` column, whatever the dialect or the tool that wrote it. */
export function beatdownJson(v: unknown): BeatdownJson {
  const { title, channel, coq_user_ids, fng_names, ...extra } = readJson(v) ?? {};
  return {
    title: text(title),
    channel: text(channel),
    coqUserIds: strings(coq_user_ids),
    fngNames: strings(fng_names),
    unresolvedPax: strings(extra.unresolved_pax),
    source: typeof extra.source === 'string' ? extra.source : null,
    extra,
  };
}

/** The Co-Qs of a beatdown: the `coq_user_ids` list its `json` keeps, else PAXminer's one `coq_user_id`. */
export function coqsOf(coqUserId: string | null, json: unknown): string[] {
  const ids = beatdownJson(json).coqUserIds;
  if (coqUserId && !ids.includes(coqUserId)) ids.unshift(coqUserId);
  return ids;
}

/** A stored beatdown and its attendance as the record it was saved from (PAXminer's own rows too). */
export function recordOfRow(row: Beatdown, attendance: string[]): BeatdownRecord {
  const json = beatdownJson(row.json);
  const coqUserIds = coqsOf(row.coq_user_id, row.json);
  const people = new Set([row.q_user_id, ...coqUserIds, ...attendance]);
  return {
    ts: row.timestamp ?? '',
    tsEdited: row.ts_edited,
    channel: json.channel ?? row.ao_id,
    aoId: row.ao_id,
    date: row.bd_date,
    qUserId: row.q_user_id,
    coqUserIds,
    paxUserIds: [...people],
    paxCount: row.pax_count ?? people.size + json.unresolvedPax.length + json.fngNames.length,
    fngNames: json.fngNames,
    fngCount: row.fng_count ?? json.fngNames.length,
    title: json.title ?? '',
    backblast: row.backblast ?? '',
    backblastParsed: row.backblast_parsed ?? undefined,
    extra: json.extra,
  };
}
