import type { SlackChannel, SlackUser } from '../../src/backblast/types.js';
import { tsOfMillis } from '../../src/ts.js';
import type { DialectName } from '../../src/db/dialect.js';
import { createTestRegion, type TestRegion } from '../support/db.js';
import { HttpReply, SlackApiDouble, type ApiCall } from '../support/slack-api.js';

// A Slack workspace behind the Web API double, answering the reconciler's calls as Slack does:
// users.list and conversations.list a few at a time with cursors, conversations.history newest
// first between `oldest` and `latest`, capped per page, `not_in_channel` where the bot is not, and
// (when asked) Slack's rate limit: a 429 with Retry-After for a call that comes too soon.

export type Message = Record<string, unknown> & { ts: string };

export interface WorkspaceOptions {
  /** Most messages a history page holds whatever `limit` asks (15 under Tier 1). */
  pageCap?: number;
  /** Entries per users.list / conversations.list page. */
  listPage?: number;
  /** Refuse a history call that comes sooner than this after the last answered one. */
  rateLimit?: { everyMs: number; retryAfterSec: number };
  /** Channels listed as joined that the bot was removed from since: history says `not_in_channel`. */
  removedFrom?: string[];
}

export class Workspace {
  readonly history = new Map<string, Message[]>();
  readonly refused: ApiCall[] = [];
  /** Answers the next history calls with this error instead (one entry per call). */
  readonly failNext: string[] = [];
  private lastAnswered = 0;
  private micros = 0;

  constructor(
    readonly users: SlackUser[],
    readonly channels: SlackChannel[],
    private readonly options: WorkspaceOptions = {},
  ) {}

  install(api: SlackApiDouble): this {
    const page = <T>(items: T[], params: Record<string, unknown>, key: string) => {
      const size = this.options.listPage ?? 200;
      const from = Number(params.cursor || 0);
      const next = from + size < items.length ? String(from + size) : '';
      return { ok: true, [key]: items.slice(from, from + size), response_metadata: { next_cursor: next } };
    };
    api.on('users.list', (p) => page(this.users, p, 'members'));
    api.on('conversations.list', (p) => {
      const types = String(p.types ?? 'public_channel').split(',');
      const listed = this.channels.filter((c) => types.includes(c.is_private ? 'private_channel' : 'public_channel'));
      return page(listed, p, 'channels');
    });
    api.on('conversations.history', (p, call) => this.answerHistory(p, call));
    return this;
  }

  private answerHistory(p: Record<string, unknown>, call: ApiCall): unknown {
    const limit = this.options.rateLimit;
    if (limit && this.lastAnswered > 0 && call.at - this.lastAnswered < limit.everyMs) {
      this.refused.push(call);
      return new HttpReply(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(limit.retryAfterSec) });
    }
    this.lastAnswered = Date.now();
    const error = this.failNext.shift();
    if (error) return { ok: false, error };
    const channel = this.channels.find((c) => c.id === p.channel);
    if (!channel) return { ok: false, error: 'channel_not_found' };
    if (!channel.is_member || this.options.removedFrom?.includes(channel.id)) return { ok: false, error: 'not_in_channel' };
    const inclusive = p.inclusive === true || p.inclusive === 'true' || p.inclusive === 1 || p.inclusive === '1';
    const after = (ts: string) => !p.oldest || (inclusive ? Number(ts) >= Number(p.oldest) : Number(ts) > Number(p.oldest));
    const before = (ts: string) => !p.latest || (inclusive ? Number(ts) <= Number(p.latest) : Number(ts) < Number(p.latest));
    const inRange = (this.history.get(channel.id) ?? [])
      .filter((m) => after(m.ts) && before(m.ts))
      .sort((a, b) => Number(b.ts) - Number(a.ts));
    const size = Math.min(Number(p.limit ?? 100), this.options.pageCap ?? 999);
    const messages = inRange.slice(0, size);
    const hasMore = inRange.length > size;
    return { ok: true, messages, has_more: hasMore, response_metadata: { next_cursor: hasMore ? 'bmV4dA==' : '' } };
  }

  /** A ts `daysAgo` days before now (each one different). */
  ts(daysAgo: number): string {
    this.micros += 1;
    return tsOfMillis(Math.round(Date.now() - daysAgo * 86_400_000) + this.micros / 1000);
  }

  post(channel: string, message: Record<string, unknown> & { ts: string }): Message {
    const m: Message = { type: 'message', ...message };
    const list = this.history.get(channel) ?? [];
    list.push(m);
    this.history.set(channel, list);
    return m;
  }

  find(channel: string, ts: string): Message | undefined {
    return this.history.get(channel)?.find((m) => m.ts === ts);
  }

  remove(channel: string, ts: string): void {
    this.history.set(
      channel,
      (this.history.get(channel) ?? []).filter((m) => m.ts !== ts),
    );
  }

  historyCalls(api: SlackApiDouble, channel?: string): ApiCall[] {
    return api.callsTo('conversations.history').filter((c) => !channel || c.params.channel === channel);
  }
}

export function user(id: string, display: string): SlackUser {
  return {
    id,
    name: display.toLowerCase(),
    real_name: `${display} Realname`,
    profile: { display_name: display, real_name: `${display} Realname` },
  };
}

/** A backblast as a Q types it. */
export function backblast(q: string, pax: string[], date: string, title = 'Murder bunnies'): string {
  return `Backblast! ${title}\nDate: ${date}\nQ: <@${q}>\nPAX: ${pax.map((p) => `<@${p}>`).join(' ')}\nCount: ${pax.length + 1}\n\nWarmup: SSH x 20`;
}

/**
 * A throwaway region, the Web API double with `users` and `channels` installed, and the environment
 * that points a reconcile run at both; `close` removes them.
 */
export async function startReconcile(
  dialect: DialectName,
  users: SlackUser[],
  channels: SlackChannel[],
  env: Record<string, string> = {},
): Promise<{ t: TestRegion; api: SlackApiDouble; ws: Workspace; env: Record<string, string>; close(): Promise<void> }> {
  const api = await SlackApiDouble.start();
  const t = await createTestRegion(dialect);
  const ws = new Workspace(users, channels).install(api);
  return {
    t,
    api,
    ws,
    env: { DATABASE_URL: t.url, SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_API_URL: api.url, ...env },
    async close() {
      await api.close();
      await t.cleanup();
    },
  };
}
