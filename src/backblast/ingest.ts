import type { Kysely } from 'kysely';
import { deleteBackblast, findBeatdownByTs, saveBackblast } from '../db/queries/backblasts.js';
import type { Database } from '../db/types.js';
import { compareTs } from '../ts.js';
import { vetMentions, type Known } from './mentions.js';
import { parseMessage } from './parse.js';
import { recordFromParse } from './record.js';
import type { ParseContext, ParsedBackblast, SlackMessage } from './types.js';

export type IngestOutcome =
  | { kind: 'ignored' }
  | { kind: 'removed' }
  | { kind: 'saved'; parsed: ParsedBackblast; replaced: boolean }
  | { kind: 'refused'; parsed: ParsedBackblast; problem: string; existingTs?: string | null };

/**
 * One message in, the database brought in line with it: a backblast is saved (replacing its earlier
 * version), a message that no longer is one has its rows removed, one that cannot be stored is
 * refused with the reason (its earlier version, if any, stays). A version older than the stored one
 * (a late or retried event, or a message whose record was corrected in the form since) changes
 * nothing. The live bot and the reconciler both come through here; `source` is kept with the beatdown.
 */
export async function ingestMessage(
  db: Kysely<Database>,
  message: SlackMessage,
  parseContext: ParseContext,
  source: string,
  known?: Known,
): Promise<IngestOutcome> {
  if (await isOlderThanStored(db, message)) return { kind: 'ignored' };
  const read = parseMessage(message, parseContext);
  if (!read.is_backblast) {
    return (await deleteBackblast(db, message.ts)) ? { kind: 'removed' } : { kind: 'ignored' };
  }
  // Live: mentions checked against the workspace's directory (the importer and reconciler read lists of it).
  const vetted = known ? vetMentions(read, known) : { ok: true as const, parsed: read };
  const parsed = vetted.parsed;
  if (!vetted.ok) return { kind: 'refused', parsed, problem: vetted.problem };
  const outcome = recordFromParse(parsed, message, source);
  if (!outcome.ok) {
    // An edit that broke the backblast keeps its earlier version until the Q fixes it.
    return { kind: 'refused', parsed, problem: outcome.problem };
  }
  const saved = await saveBackblast(db, outcome.record);
  if (saved.status === 'duplicate') {
    return { kind: 'refused', parsed, problem: `${saved.reason}.`, existingTs: saved.existingTs };
  }
  return { kind: 'saved', parsed, replaced: saved.replaced };
}

/** True when the stored record of this message comes from a later version (edit) of it. */
async function isOlderThanStored(db: Kysely<Database>, message: SlackMessage): Promise<boolean> {
  const stored = await findBeatdownByTs(db, message.ts);
  if (!stored?.ts_edited) return false;
  const edited = message.edited?.ts;
  return !edited || compareTs(edited, stored.ts_edited) < 0;
}
