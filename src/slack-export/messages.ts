import type { SlackMessage } from '../backblast/types.js';

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The message an entry of a day file or a history page stands for: a `message_changed` entry
 * carries the edited message; deletions and entries without a ts stand for none.
 */
export function latestVersion(entry: unknown): SlackMessage | null {
  if (!isObject(entry)) return null;
  if (entry.subtype === 'message_changed' && isObject(entry.message)) return latestVersion(entry.message);
  if (entry.subtype === 'message_deleted') return null;
  // Some tools write the ts as a JSON number; Slack's own is a string with six decimals.
  if (typeof entry.ts === 'number' && Number.isFinite(entry.ts) && entry.ts > 0) return { ...entry, ts: entry.ts.toFixed(6) } as SlackMessage;
  return typeof entry.ts === 'string' ? (entry as SlackMessage) : null;
}

/** A reply inside a thread that was not also sent to the channel: never a backblast. */
export function isThreadReply(message: SlackMessage): boolean {
  return typeof message.thread_ts === 'string' && message.thread_ts !== message.ts && message.subtype !== 'thread_broadcast';
}
