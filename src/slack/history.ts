import type { WebClient } from '@slack/web-api';
import type { SlackMessage } from '../backblast/types.js';
import type { Logger } from '../log.js';
import { errorFields } from '../errors.js';

/** One message as Slack has it now (with its metadata), or null when it is gone or unreadable. */
export async function fetchMessage(
  client: WebClient,
  log: Logger,
  channel: string,
  ts: string,
): Promise<(SlackMessage & { channel: string }) | null> {
  try {
    const res = await client.conversations.history({
      channel,
      latest: ts,
      oldest: ts,
      inclusive: true,
      limit: 1,
      include_all_metadata: true,
    });
    const found = (res.messages ?? []).find((m) => m.ts === ts) as SlackMessage | undefined;
    return found ? { ...found, channel } : null;
  } catch (err) {
    log.info({ err: errorFields(err), channel, ts }, 'could not read the message from Slack');
    return null;
  }
}
