import { attachmentsText, blocksText } from './apps.js';
import { fitColumns } from './columns.js';
import type { BeatdownRecord, ParsedBackblast, SlackMessage } from './types.js';

/** The text the parser read: the message's text, or, when that is empty, its blocks or attachments. */
function textRead(message: SlackMessage): string {
  if (message.text) return message.text;
  const fromBlocks = message.blocks ? blocksText(message.blocks, false) : '';
  return fromBlocks || (message.attachments ? attachmentsText(message.attachments) : '');
}

export type RecordOutcome = { ok: true; record: BeatdownRecord } | { ok: false; problem: string };

/**
 * What gets stored for a parsed backblast, or why it cannot be stored (PAXminer's key needs an AO,
 * a date and a Q). Shared by the live bot, the importer and the reconciler.
 */
export function recordFromParse(parsed: ParsedBackblast, message: SlackMessage, source: string): RecordOutcome {
  if (!parsed.q_user_id) {
    return { ok: false, problem: 'No Q found: add a line like `Q: @name` so the beatdown can be recorded.' };
  }
  const aoId = parsed.ao_channel_id ?? parsed.channel;
  if (!aoId) return { ok: false, problem: 'No AO found: add a line like `AO: #ao-channel`.' };
  const fitted = fitColumns({
    ts: parsed.ts,
    tsEdited: message.edited?.ts ?? null,
    channel: parsed.channel,
    aoId,
    date: parsed.date,
    qUserId: parsed.q_user_id,
    coqUserIds: parsed.coq_user_ids,
    paxUserIds: parsed.pax_user_ids,
    paxCount: parsed.pax_count,
    fngNames: parsed.fng_names,
    fngCount: parsed.fng_count,
    title: parsed.title,
    backblast: textRead(message),
    extra: {
      source,
      poster: message.user ?? null,
      unresolved_pax: parsed.unresolved_pax,
      warnings: parsed.warnings,
    },
  });
  if (!fitted.ok) return fitted;
  // What did not fit is told to the Q with the parser's own warnings, and kept with the record.
  parsed.warnings.push(...fitted.warnings);
  const record = fitted.record;
  if (fitted.warnings.length > 0) record.extra = { ...record.extra, warnings: [...parsed.warnings] };
  return { ok: true, record };
}
