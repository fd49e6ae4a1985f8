import type { KnownBlock } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import { errorText, slackAnswered } from '../errors.js';

// One message that must go out at most once, with a ledger row: marked `sending` before the post,
// `sent` after it. A crash between the two leaves `sending`, which is never posted again (we prefer
// missing one message to sending it twice); a post Slack refused is `failed` and tried again later.

export type PostOutcome = 'sent' | 'failed' | 'unconfirmed';

export interface Ledger {
  sending(channel: string): Promise<void>;
  sent(ts: string): Promise<void>;
  failed(error: string): Promise<void>;
}

export async function postOnce(
  client: WebClient,
  channel: () => Promise<string>,
  message: { text: string; blocks?: KnownBlock[] },
  ledger: Ledger,
): Promise<{ outcome: PostOutcome; channel?: string; error?: string }> {
  let marked = false;
  let where: string | undefined;
  try {
    where = await channel();
    await ledger.sending(where);
    marked = true;
    const res = await client.chat.postMessage({
      channel: where,
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
    });
    await ledger.sent(String(res.ts ?? ''));
    return { outcome: 'sent', channel: where };
  } catch (err) {
    const error = errorText(err);
    if (!marked || slackAnswered(err)) {
      await ledger.failed(error);
      return { outcome: 'failed', channel: where, error };
    }
    return { outcome: 'unconfirmed', channel: where, error };
  }
}
