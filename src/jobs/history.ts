import { WebClientEvent, type WebClient } from '@slack/web-api';

// Reading channel history within Slack's limits. conversations.history is Tier 3 (50 a minute) for
// internal and Marketplace apps, but one call a minute with at most 15 messages a page for apps
// distributed outside the Marketplace. So: one call at a time, a pause between calls, and when
// Slack refuses one (429) the client waits out its Retry-After and the pause grows to match it,
// so the next calls are not refused too.

export interface HistoryPage {
  /** Newest first, as Slack sends them. */
  messages: Record<string, unknown>[];
  hasMore: boolean;
}

export interface HistoryPacing {
  /** Least time between the end of one history call and the start of the next, in ms. */
  intervalMs: number;
  /** Messages asked for per page. */
  pageSize: number;
}

/**
 * Tier 3's pace (50 calls a minute) and Tier 1's page (15 messages, the most Slack gives apps under
 * it): right under either, and a night's few new messages per channel fit a page anyway.
 */
export const DEFAULT_PACING: HistoryPacing = { intervalMs: 1_200, pageSize: 15 };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class HistoryReader {
  private intervalMs: number;
  private lastCallEnded = 0;
  private readonly onRateLimited = (retrySec: number, request?: { url?: string }) => {
    if (request?.url && !request.url.endsWith('conversations.history')) return;
    this.intervalMs = Math.max(this.intervalMs, retrySec * 1000);
  };

  constructor(
    private readonly client: WebClient,
    private readonly pacing: HistoryPacing = DEFAULT_PACING,
  ) {
    this.intervalMs = pacing.intervalMs;
    client.on(WebClientEvent.RATE_LIMITED, this.onRateLimited);
  }

  /** The pause between history calls now, grown by any Retry-After Slack gave. */
  get interval(): number {
    return this.intervalMs;
  }

  /** One page of messages with `oldest` < ts < `latest`. */
  async page(channel: string, oldest: string, latest: string): Promise<HistoryPage> {
    const wait = this.lastCallEnded + this.intervalMs - Date.now();
    if (this.lastCallEnded > 0 && wait > 0) await sleep(wait);
    try {
      const res = await this.client.conversations.history({
        channel,
        oldest,
        latest,
        inclusive: false,
        limit: this.pacing.pageSize,
        include_all_metadata: true,
      });
      return { messages: (res.messages ?? []) as Record<string, unknown>[], hasMore: res.has_more === true };
    } finally {
      this.lastCallEnded = Date.now();
    }
  }

  /** Stops listening to the client. */
  close(): void {
    this.client.off(WebClientEvent.RATE_LIMITED, this.onRateLimited);
  }
}
