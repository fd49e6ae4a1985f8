import type { BeatdownRecord } from '../backblast/types.js';
import type { DayResult, Pending } from './days.js';
import type { SkippedBackblast } from './summary.js';

// How the parse worker hands day results to the main thread: a few flat lists rather than an
// object per day, per backblast and per record. Structured cloning rebuilds every object key by
// key, and on the main thread (the import's busier side: it also writes) that took longer than
// rebuilding them here from flat lists of strings and numbers.

/**
 * Day results as flat lists; `unpackDays(packDays(days))` gives `days` back, a record's `extra` as
 * JSON gives it back (it is stored as JSON: what JSON cannot hold never reaches the database).
 */
export interface DayChunk {
  /** Per day: status (see STATUS), messages, backblasts, skipped backblasts, pending backblasts. */
  days: number[];
  paths: string[];
  /** Per day: its folder, or null when it is the folder of its path (as always for an export's). */
  folders: Array<string | null>;
  /** Per day: its error, or null. */
  errors: Array<string | null>;
  skipped: SkippedBackblast[];
  /** Per pending backblast: the TEXT fields, in order. */
  text: Array<string | null>;
  /** Per pending backblast: the COUNT fields, in order. */
  counts: number[];
  /** The id and name lists of every pending backblast, one after the other (lengths in `counts`). */
  lists: string[];
  /** Each record's `extra`, as JSON (null when it has none). */
  extras: Array<string | null>;
}

const STATUS = ['read', 'ignored', 'unreadable'] as const;
const DAY_FIELDS = 5;
const TEXT_FIELDS = 11;
const COUNT_FIELDS = 6;

export function packDays(days: readonly DayResult[]): DayChunk {
  const chunk: DayChunk = {
    days: [],
    paths: [],
    folders: [],
    errors: [],
    skipped: [],
    text: [],
    counts: [],
    lists: [],
    extras: [],
  };
  for (const day of days) {
    chunk.days.push(STATUS.indexOf(day.status), day.messages, day.backblasts, day.skipped.length, day.pending.length);
    chunk.paths.push(day.path);
    chunk.folders.push(day.folder === folderOf(day.path) ? null : day.folder);
    chunk.errors.push(day.error ?? null);
    append(chunk.skipped, day.skipped);
    for (const p of day.pending) packPending(chunk, p);
  }
  return chunk;
}

const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/'));

/** `list.push(...items)` without spreading them as arguments (at most a few hundred thousand). */
function append<T>(list: T[], items: readonly T[]): void {
  for (const item of items) list.push(item);
}

function packPending(chunk: DayChunk, { record: r, file, ts, unresolved }: Pending): void {
  chunk.text.push(
    r.ts,
    r.tsEdited,
    r.channel,
    r.aoId,
    r.date,
    r.qUserId,
    r.title,
    r.backblast,
    r.backblastParsed ?? null,
    file,
    ts,
  );
  chunk.counts.push(r.paxCount, r.fngCount, r.coqUserIds.length, r.paxUserIds.length, r.fngNames.length, unresolved.length);
  for (const ids of [r.coqUserIds, r.paxUserIds, r.fngNames, unresolved]) append(chunk.lists, ids);
  chunk.extras.push(r.extra === undefined ? null : JSON.stringify(r.extra));
}

export function unpackDays(chunk: DayChunk): DayResult[] {
  const out: DayResult[] = [];
  const at = { text: 0, counts: 0, lists: 0, extras: 0 };
  let skipped = 0;
  for (let d = 0; d < chunk.days.length; d += DAY_FIELDS) {
    const n = d / DAY_FIELDS;
    const path = chunk.paths[n]!;
    const status = STATUS[chunk.days[d]!]!;
    const error = chunk.errors[n];
    const day: DayResult = {
      path,
      folder: chunk.folders[n] ?? folderOf(path),
      status,
      messages: chunk.days[d + 1]!,
      backblasts: chunk.days[d + 2]!,
      skipped: chunk.skipped.slice(skipped, (skipped += chunk.days[d + 3]!)),
      pending: Array.from({ length: chunk.days[d + 4]! }, () => unpackPending(chunk, at)),
    };
    if (error !== null && error !== undefined) day.error = error;
    out.push(day);
  }
  return out;
}

function unpackPending(chunk: DayChunk, at: { text: number; counts: number; lists: number; extras: number }): Pending {
  const t = at.text;
  const c = at.counts;
  const text = chunk.text;
  const list = (n: number) => chunk.lists.slice(at.lists, (at.lists += n));
  const extra = chunk.extras[at.extras++];
  const record: BeatdownRecord = {
    ts: text[t]!,
    tsEdited: text[t + 1] ?? null,
    channel: text[t + 2] ?? null,
    aoId: text[t + 3]!,
    date: text[t + 4]!,
    qUserId: text[t + 5]!,
    coqUserIds: list(chunk.counts[c + 2]!),
    paxUserIds: list(chunk.counts[c + 3]!),
    paxCount: chunk.counts[c]!,
    fngNames: list(chunk.counts[c + 4]!),
    fngCount: chunk.counts[c + 1]!,
    title: text[t + 6]!,
    backblast: text[t + 7]!,
  };
  if (text[t + 8] !== null) record.backblastParsed = text[t + 8]!;
  if (extra !== null && extra !== undefined) record.extra = JSON.parse(extra) as Record<string, unknown>;
  const unresolved = list(chunk.counts[c + 5]!);
  at.text += TEXT_FIELDS;
  at.counts += COUNT_FIELDS;
  return { record, file: text[t + 9]!, ts: text[t + 10]!, unresolved };
}
