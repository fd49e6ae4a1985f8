// A small F3 region on the Web API double: users, AO channels, and the channel history the bot's
// own posts and the test's messages go into, answered the way Slack answers.

import type { App } from '@slack/bolt';
import { loadSettings } from '../../src/config.js';
import type { DialectName } from '../../src/db/dialect.js';
import { createLogger } from '../../src/log.js';
import { openRegion } from '../../src/region.js';
import { createSlackApp, startSlackApp } from '../../src/slack/app.js';
import { dateOfTs } from '../../src/time.js';
import { freePort, startTestBot, type TestBot } from '../support/bot.js';
import { SIGNING_SECRET } from '../support/signing.js';
import type { ApiCall } from '../support/slack-api.js';

export const TZ = 'America/Chicago';
export const BOT_USER = 'UBOT';
export const BOT_ID = 'BBOT';

function user(id: string, display: string, real: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    name: display.toLowerCase().replace(/\W/g, ''),
    real_name: real,
    profile: { display_name: display, real_name: real },
    ...extra,
  };
}

export const USERS = {
  doppler: user('U0DOPPLER', 'Doppler', 'Dan Smith'),
  moneyball: user('U0MONEYBALL', 'Moneyball', 'Mike Jones'),
  chappie: user('U0CHAPPIE', 'Chappie', 'Chris Lee'),
  sparkles: user('U0SPARKLES', 'Sparkles', 'Sam Fox'),
  hoagie: user('U0HOAGIE', 'Hoagie', 'Hank Bell'),
  nantan: user('U0NANTAN', 'Nantan', 'Nate Ames', { is_admin: true }),
  stranger: user('U0STRANGER', 'Stranger', 'Stan Ger'),
};

export const CHANNELS = {
  yard: { id: 'C0YARD', name: 'ao-the-yard', created: 1_600_000_000, is_channel: true },
  grind: { id: 'C0GRIND', name: 'ao-the-grind', created: 1_600_000_100, is_channel: true },
  private: { id: 'G0SECRET', name: 'ao-secret-six', created: 1_600_000_200, is_private: true },
};

type Message = Record<string, unknown> & { ts: string };

/** A region on top of the test bot: directory answers and a channel history kept like Slack's. */
export class Region {
  readonly history = new Map<string, Message[]>();
  private lastMicros = 0;

  constructor(readonly bot: TestBot) {
    const users = new Map<string, Record<string, unknown>>(Object.values(USERS).map((u) => [u.id, u]));
    const channels = new Map<string, Record<string, unknown>>(Object.values(CHANNELS).map((c) => [c.id, c]));
    bot.api
      // Hoagie joined after the bot last listed the workspace: only users.info knows him.
      .on('users.list', () => ({
        ok: true,
        members: [...users.values()].filter((u) => u.id !== USERS.hoagie.id),
        response_metadata: { next_cursor: '' },
      }))
      .on('conversations.list', () => ({ ok: true, channels: [...channels.values()], response_metadata: { next_cursor: '' } }))
      .on('users.info', (p) =>
        users.has(String(p.user)) ? { ok: true, user: users.get(String(p.user)) } : { ok: false, error: 'user_not_found' },
      )
      .on('conversations.info', (p) =>
        channels.has(String(p.channel))
          ? { ok: true, channel: channels.get(String(p.channel)) }
          : { ok: false, error: 'channel_not_found' },
      )
      .on('chat.getPermalink', (p) => ({
        ok: true,
        permalink: `https://f3test.slack.com/archives/${p.channel}/p${String(p.message_ts).replace('.', '')}`,
      }))
      .on('chat.postMessage', (p) => {
        const ts = this.nextTs();
        const message: Message = {
          type: 'message',
          ts,
          user: BOT_USER,
          bot_id: BOT_ID,
          app_id: 'A0TEST',
          text: p.text,
          blocks: p.blocks,
          metadata: p.metadata,
        };
        this.add(String(p.channel), message);
        return { ok: true, channel: p.channel, ts, message };
      })
      .on('chat.update', (p) => {
        const found = this.find(String(p.channel), String(p.ts));
        if (!found) return { ok: false, error: 'message_not_found' };
        Object.assign(found, {
          text: p.text,
          blocks: p.blocks,
          metadata: p.metadata ?? found.metadata,
          edited: { user: BOT_USER, ts: this.nextTs() },
        });
        return { ok: true, channel: p.channel, ts: p.ts, text: p.text, message: found };
      })
      .on('conversations.history', (p) => {
        const list = this.history.get(String(p.channel)) ?? [];
        const inRange = list.filter((m) => (!p.latest || m.ts <= String(p.latest)) && (!p.oldest || m.ts >= String(p.oldest)));
        const messages = inRange
          .map((m) => (p.include_all_metadata ? m : { ...m, metadata: undefined }))
          .sort((a, b) => (a.ts < b.ts ? 1 : -1))
          .slice(0, Number(p.limit ?? 100));
        return { ok: true, messages, has_more: false };
      });
  }

  /** A ts of now, later than every one before (as Slack's are). */
  nextTs(): string {
    this.lastMicros = Math.max(Date.now() * 1000, this.lastMicros + 1);
    return `${Math.floor(this.lastMicros / 1e6)}.${String(this.lastMicros % 1e6).padStart(6, '0')}`;
  }

  /** The region's date of a ts. */
  dateOf(ts: string): string {
    return dateOfTs(ts, TZ);
  }

  add(channel: string, message: Message): void {
    const list = this.history.get(channel) ?? [];
    list.push(message);
    this.history.set(channel, list);
  }

  find(channel: string, ts: string): Message | undefined {
    return this.history.get(channel)?.find((m) => m.ts === ts);
  }

  /** A person posts in a channel: the message goes into the history and Slack sends the event. */
  async post(channel: string, userId: string, text: string, extra: Record<string, unknown> = {}) {
    const ts = typeof extra.ts === 'string' ? extra.ts : this.nextTs();
    const message: Message = {
      type: 'message',
      user: userId,
      text,
      ts,
      channel,
      channel_type: 'channel',
      event_ts: ts,
      ...extra,
    };
    this.add(channel, message);
    const res = await this.bot.event(message);
    return { ts, message, res };
  }

  /** A person edits their message: history updated, `message_changed` sent. */
  async edit(channel: string, ts: string, text: string) {
    const found = this.find(channel, ts);
    if (!found) throw new Error(`no message ${ts} in ${channel}`);
    const previous = { ...found };
    const editedTs = this.nextTs();
    Object.assign(found, { text, edited: { user: found.user, ts: editedTs } });
    const event = {
      type: 'message',
      subtype: 'message_changed',
      hidden: true,
      channel,
      channel_type: 'channel',
      ts: editedTs,
      event_ts: editedTs,
      message: { ...found, channel: undefined },
      previous_message: { ...previous, channel: undefined },
    };
    return { event, editedTs, res: await this.bot.event(event) };
  }

  /** A message is deleted: gone from history, `message_deleted` sent. */
  async remove(channel: string, ts: string) {
    const list = this.history.get(channel) ?? [];
    const previous = list.find((m) => m.ts === ts);
    this.history.set(
      channel,
      list.filter((m) => m.ts !== ts),
    );
    const eventTs = this.nextTs();
    return this.bot.event({
      type: 'message',
      subtype: 'message_deleted',
      hidden: true,
      channel,
      channel_type: 'channel',
      ts: eventTs,
      event_ts: eventTs,
      deleted_ts: ts,
      previous_message: previous,
    });
  }

  /** Ephemeral notes sent to a user (newest last). */
  notesTo(userId: string): ApiCall[] {
    return this.bot.api.callsTo('chat.postEphemeral').filter((c) => c.params.user === userId);
  }

  /** Waits for the n-th ephemeral note to a user. */
  async noteTo(userId: string, n = 1, timeoutMs = 10_000): Promise<ApiCall> {
    await this.bot.api.waitFor('chat.postEphemeral', () => this.notesTo(userId).length >= n, timeoutMs);
    return this.notesTo(userId)[n - 1]!;
  }

  /** Resolves once the bot has made no Web API call for `quietMs`: its work on earlier requests is done. */
  async settle(quietMs = 400): Promise<void> {
    let count = -1;
    let since = Date.now();
    for (;;) {
      if (this.bot.api.calls.length !== count) {
        count = this.bot.api.calls.length;
        since = Date.now();
      } else if (Date.now() - since >= quietMs) return;
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}

export async function startRegion(dialect: DialectName): Promise<Region> {
  return new Region(await startTestBot(dialect, { REGION_TZ: TZ }));
}

/** Polls `read` until `ok` holds (the bot writes after answering Slack). */
export async function eventually<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Every beatdown and attendance row, ordered, for comparing database states. */
export async function snapshot(region: Region) {
  const db = region.bot.region.ctx.db;
  const beatdowns = await db.selectFrom('beatdowns').selectAll().orderBy('timestamp').execute();
  const attendance = await db.selectFrom('bd_attendance').selectAll().orderBy('timestamp').orderBy('user_id').execute();
  return {
    beatdowns: beatdowns.map((b) => ({ ...b, json: typeof b.json === 'string' ? JSON.parse(b.json) : b.json })),
    attendance,
  };
}

/** Another bot process on the same database and Web API double: a replica, or the bot after a restart. */
export async function startReplica(region: Region, env: Record<string, string> = {}): Promise<{ events: string; stop(): Promise<void> }> {
  const port = await freePort();
  const settings = loadSettings({
    REGION_TZ: TZ,
    DATABASE_URL: region.bot.region.url,
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: region.bot.api.url,
    PORT: String(port),
    JOBS: 'off',
    ...env,
  });
  const ctx = await openRegion(settings, createLogger('silent', { pretty: false }));
  const app: App = createSlackApp(ctx);
  await startSlackApp(app, ctx);
  return {
    events: `http://127.0.0.1:${port}/slack/events`,
    stop: async () => {
      await app.stop();
      await ctx.close();
    },
  };
}
