import { beatdownJson } from '../rows.js';
import type { Db } from '../types.js';

/** A stored backblast as the reconciler sees it: which message, which version, in which channel. */
export interface StoredMessage {
  ts: string;
  tsEdited: string | null;
  /** The channel the message was posted in (older tools' rows: the AO's). */
  channel: string;
}

/**
 * Stored backblasts posted in `channel` with a ts in a window of its history: after `from`
 * (or at it, when `fromInclusive`), before `to`. Slack ts strings of one width compare as text.
 */
export async function storedBetween(
  db: Db,
  channel: string,
  window: { from: string; fromInclusive: boolean; to: string },
): Promise<StoredMessage[]> {
  const rows = await db
    .selectFrom('beatdowns')
    .select(['timestamp', 'ts_edited', 'ao_id', 'json'])
    .where('timestamp', window.fromInclusive ? '>=' : '>', window.from)
    .where('timestamp', '<', window.to)
    .execute();
  return rows
    .map((r) => ({ ts: r.timestamp!, tsEdited: r.ts_edited, channel: beatdownJson(r.json).channel ?? r.ao_id }))
    .filter((r) => r.channel === channel);
}
