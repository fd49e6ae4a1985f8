import webApi, { WebClient } from '@slack/web-api';
import type { Settings } from '../config.js';
import { boltLogger, type Logger } from '../log.js';

const { ErrorCode } = webApi;

/** up: Slack took the token; refused: Slack said no (invalid_auth, token_revoked, …); unreachable: no answer. */
export type SlackState = 'up' | 'refused' | 'unreachable';

export interface SlackCheck {
  state: SlackState;
  /** Slack's error code when refused, the network error when unreachable. */
  error?: string;
  botId?: string;
  botUserId?: string;
  teamId?: string;
}

/** One `auth.test` with the bot token: no retries, a short timeout, so start-up and /healthz never hang. */
export async function checkSlack(settings: Pick<Settings, 'slackBotToken' | 'slackApiUrl'>, log?: Logger): Promise<SlackCheck> {
  const client = new WebClient(settings.slackBotToken, {
    ...(settings.slackApiUrl ? { slackApiUrl: settings.slackApiUrl } : {}),
    ...(log ? { logger: boltLogger(log) } : {}),
    retryConfig: { retries: 0 },
    timeout: 5000,
    rejectRateLimitedCalls: true,
  });
  try {
    const r = await client.auth.test();
    return { state: 'up', botId: r.bot_id, botUserId: r.user_id, teamId: r.team_id };
  } catch (err) {
    const e = err as { code?: string; data?: { error?: string }; message?: string };
    if (e.code === ErrorCode.PlatformError) return { state: 'refused', error: e.data?.error ?? 'error' };
    // A 429 is Slack answering: the token is fine, it is asked too often.
    if (e.code === ErrorCode.RateLimitedError) return { state: 'up' };
    return { state: 'unreachable', error: e.message ?? String(err) };
  }
}

/**
 * What `/healthz` says about Slack: the start-up check, then a fresh `auth.test` at most once every
 * `maxAgeMs` (one at a time), so a health probe every few seconds costs Slack one call a minute.
 */
export class SlackHealth {
  private last: { at: number; check: SlackCheck };
  private pending: Promise<void> | undefined;

  constructor(
    private readonly probe: () => Promise<SlackCheck>,
    first: SlackCheck,
    private readonly now: () => number = Date.now,
    private readonly maxAgeMs = 60_000,
  ) {
    this.last = { at: now(), check: first };
  }

  async state(): Promise<SlackState> {
    if (this.now() - this.last.at >= this.maxAgeMs) {
      this.pending ??= this.probe()
        .then((check) => void (this.last = { at: this.now(), check }))
        .finally(() => (this.pending = undefined));
      await this.pending;
    }
    return this.last.check.state;
  }
}
