import { parseMessage } from '../backblast/parse.js';
import { recordFromParse } from '../backblast/record.js';
import type { BeatdownRecord, ParseContext } from '../backblast/types.js';
import { isThreadReply, latestVersion } from './messages.js';
import type { ExportReader } from './source.js';
import { reasonOf, type SkippedBackblast } from './summary.js';

/** A backblast ready to be written, and where it came from. */
export interface Pending {
  record: BeatdownRecord;
  file: string;
  ts: string;
  unresolved: string[];
}

/** What one day file held. */
export interface DayResult {
  path: string;
  folder: string;
  /** `ignored`: the folder is no channel of the export; `unreadable`: see `error`. */
  status: 'read' | 'ignored' | 'unreadable';
  error?: string;
  messages: number;
  backblasts: number;
  /** Backblasts that cannot be recorded (no Q, no AO). */
  skipped: SkippedBackblast[];
  pending: Pending[];
}

export function jsonArray(text: Buffer | string): unknown[] {
  const value: unknown = JSON.parse(typeof text === 'string' ? text : text.toString('utf8'));
  if (!Array.isArray(value)) throw new Error('expected a JSON array');
  return value;
}

/** Reads and parses the export's day files one at a time, in the export's order. */
export async function* readDays(reader: ExportReader, context: ParseContext): AsyncGenerator<DayResult> {
  const channelOf = new Map(context.channels.filter((c) => c.name).map((c) => [c.name!, c.id]));
  // Folders of no channel are not read at all (direct messages in some exports).
  for await (const file of reader.dayFiles((folder) => channelOf.has(folder))) {
    const day: DayResult = {
      path: file.path,
      folder: file.folder,
      status: 'read',
      messages: 0,
      backblasts: 0,
      skipped: [],
      pending: [],
    };
    const channel = channelOf.get(file.folder);
    if (!channel) {
      yield { ...day, status: 'ignored' };
      continue;
    }
    let entries: unknown[];
    try {
      entries = jsonArray(await file.read());
    } catch (err) {
      yield { ...day, status: 'unreadable', error: err instanceof Error ? err.message : String(err) };
      continue;
    }
    for (const entry of entries) {
      const message = latestVersion(entry);
      if (!message) continue;
      day.messages += 1;
      if (isThreadReply(message)) continue;
      const parsed = parseMessage({ ...message, channel }, context);
      if (!parsed.is_backblast) continue;
      day.backblasts += 1;
      const outcome = recordFromParse(parsed, message, 'import');
      if (outcome.ok) {
        day.pending.push({ record: outcome.record, file: file.path, ts: message.ts, unresolved: parsed.unresolved_pax });
      } else {
        day.skipped.push({ file: file.path, ts: message.ts, reason: reasonOf(parsed), detail: outcome.problem });
      }
    }
    yield day;
  }
}
