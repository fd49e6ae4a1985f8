import type { WebClient } from '@slack/web-api';
import type { ParseContext, SlackChannel, SlackMessage, SlackUser } from '../backblast/types.js';
import { listAos, upsertAos } from '../db/queries/aos.js';
import { listUsers, upsertUsers } from '../db/queries/users.js';
import type { RegionContext } from '../region.js';
import { whenFree } from '../db/busy.js';
import { errorFields, slackError } from '../errors.js';
import { readJson } from '../db/rows.js';
import { CHANNEL_ID, CHANNEL_MENTIONS, PAYLOAD_CHANNEL_ID, PAYLOAD_USER_ID, USER_ID, USER_MENTIONS } from '../slack-ids.js';

/** Lookups for one message at most; a message naming more people resolves the rest from the cache. */
const MAX_LOOKUPS = 60;
const PARALLEL = 6;

interface Cached<T> {
  value: T | null;
  at: number;
}

/** The ids of users and channels a message names: mentions in text, rich text and app payloads. */
export function idsIn(message: SlackMessage): { users: Set<string>; channels: Set<string> } {
  const users = new Set<string>();
  const channels = new Set<string>();
  if (typeof message.user === 'string' && USER_ID.test(message.user)) users.add(message.user);
  if (typeof message.channel === 'string' && CHANNEL_ID.test(message.channel)) channels.add(message.channel);
  const text = typeof message.text === 'string' ? message.text : '';
  for (const m of text.matchAll(USER_MENTIONS)) users.add(m[1]!);
  for (const m of text.matchAll(CHANNEL_MENTIONS)) channels.add(m[1]!);
  const walk = (v: unknown, depth: number): void => {
    if (depth > 12 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) walk(x, depth + 1);
      return;
    }
    const o = v as Record<string, unknown>;
    if (o.type === 'user' && typeof o.user_id === 'string') users.add(o.user_id);
    if (o.type === 'channel' && typeof o.channel_id === 'string') channels.add(o.channel_id);
    for (const x of Object.values(o)) if (typeof x === 'object') walk(x, depth + 1);
  };
  walk(message.blocks, 0);
  const payload = message.metadata?.event_payload;
  if (payload) {
    const strings = (v: unknown): string[] =>
      typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
    for (const v of Object.values(payload)) {
      for (const s of strings(v)) {
        if (PAYLOAD_USER_ID.test(s)) users.add(s);
        else if (PAYLOAD_CHANNEL_ID.test(s)) channels.add(s);
      }
    }
  }
  return { users, channels };
}

/** Runs `work` over `items`, at most `limit` at a time. */
async function eachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  });
  await Promise.all(lanes);
}

/**
 * The region's users and channels, for the parser and for names in replies: loaded once from the
 * database (`users.json`, `aos`), completed and refreshed from Slack (users.info,
 * conversations.info), and written back. One per region context; nothing module-level.
 */
export class SlackDirectory {
  private readonly users = new Map<string, Cached<SlackUser>>();
  private readonly channels = new Map<string, Cached<SlackChannel>>();
  private readonly inflight = new Map<string, Promise<void>>();
  private loading: Promise<void> | null = null;
  private listing: Promise<void> | null = null;
  private listedAt = 0;
  private snapshot: ParseContext | null = null;

  constructor(
    private readonly ctx: RegionContext,
    private readonly options: { ttlMs?: number; missTtlMs?: number } = {},
  ) {}

  private get ttl(): number {
    return this.options.ttlMs ?? 24 * 3600_000;
  }

  private get missTtl(): number {
    return this.options.missTtlMs ?? 3600_000;
  }

  /** Reads what the database knows, once. */
  load(): Promise<void> {
    this.loading ??= (async () => {
      const now = Date.now();
      for (const row of await whenFree(() => listUsers(this.ctx.db))) {
        const json = readJson(row.json);
        const user: SlackUser =
          json && json.id === row.user_id
            ? (json as SlackUser)
            : {
                id: row.user_id,
                name: row.user_name,
                real_name: row.real_name,
                is_bot: row.app === 1,
                profile: { display_name: row.user_name, real_name: row.real_name },
              };
        if (!this.users.has(row.user_id)) this.users.set(row.user_id, { value: user, at: now });
      }
      for (const row of await whenFree(() => listAos(this.ctx.db))) {
        const channel: SlackChannel = {
          id: row.channel_id,
          name: row.ao,
          created: row.channel_created,
          is_archived: row.archived === 1,
        };
        if (!this.channels.has(row.channel_id)) this.channels.set(row.channel_id, { value: channel, at: now });
      }
      this.snapshot = null;
    })().catch((err: unknown) => {
      this.loading = null;
      throw err;
    });
    return this.loading;
  }

  /** What parseMessage needs; the same object until the directory changes, so its indexes are reused. */
  parseContext(): ParseContext {
    this.snapshot ??= {
      users: [...this.users.values()].flatMap((c) => (c.value ? [c.value] : [])),
      channels: [...this.channels.values()].flatMap((c) => (c.value ? [c.value] : [])),
      tz: this.ctx.tz,
    };
    return this.snapshot;
  }

  /**
   * Everyone in the workspace and every channel the bot can see (users.list, conversations.list), so
   * names typed without @ resolve: awaited the first time, refreshed in the background once stale.
   * Users are stored; channels are only remembered (`aos` holds the channels seen in events).
   */
  private async lists(client: WebClient): Promise<void> {
    if (this.listing === null) {
      this.listing = this.readLists(client);
      await this.listing;
    } else if (Date.now() - this.listedAt > this.ttl) {
      this.listedAt = Date.now();
      this.listing = this.readLists(client);
    }
  }

  private async readLists(client: WebClient): Promise<void> {
    this.listedAt = Date.now();
    const users: SlackUser[] = [];
    try {
      for await (const page of client.paginate('users.list', { limit: 200 })) {
        for (const u of (page as { members?: SlackUser[] }).members ?? []) if (u?.id) users.push(u);
      }
    } catch (err) {
      this.ctx.log.warn({ err: errorFields(err) }, 'users.list failed; names resolve from the users seen so far');
    }
    const channels: SlackChannel[] = [];
    try {
      for await (const page of client.paginate('conversations.list', {
        limit: 200,
        types: 'public_channel,private_channel',
        exclude_archived: false,
      })) {
        for (const c of (page as { channels?: SlackChannel[] }).channels ?? []) if (c?.id) channels.push(c);
      }
    } catch (err) {
      this.ctx.log.warn({ err: errorFields(err) }, 'conversations.list failed; AO names resolve from the channels seen so far');
    }
    const now = Date.now();
    for (const u of users) this.users.set(u.id, { value: u, at: now });
    for (const c of channels) if (!this.channels.get(c.id)?.value) this.channels.set(c.id, { value: c, at: 0 });
    this.snapshot = null;
    if (users.length > 0) {
      await whenFree(() => upsertUsers(this.ctx.db, users)).catch((err: unknown) =>
        this.ctx.log.warn({ err: errorFields(err) }, 'could not store the users list'),
      );
    }
  }

  /** Makes sure everyone and every channel a message names is known, then gives the parse context. */
  async contextFor(client: WebClient, message: SlackMessage): Promise<ParseContext> {
    await this.load();
    await this.lists(client);
    const ids = idsIn(message);
    await this.ensure(client, [...ids.users], [...ids.channels]);
    return this.parseContext();
  }

  /** Looks up unknown or stale users and channels in Slack and stores what it learns. */
  async ensure(client: WebClient, userIds: readonly string[], channelIds: readonly string[]): Promise<void> {
    await this.load();
    const now = Date.now();
    const stale = <T>(c: Cached<T> | undefined) => !c || now - c.at > (c.value ? this.ttl : this.missTtl);
    const users = [...new Set(userIds)].filter((id) => USER_ID.test(id) && stale(this.users.get(id))).slice(0, MAX_LOOKUPS);
    const channels = [...new Set(channelIds)]
      .filter((id) => CHANNEL_ID.test(id) && stale(this.channels.get(id)))
      .slice(0, MAX_LOOKUPS);
    const fetchedUsers: SlackUser[] = [];
    const fetchedChannels: SlackChannel[] = [];
    await eachLimited(
      [...users.map((id) => ['u', id] as const), ...channels.map((id) => ['c', id] as const)],
      PARALLEL,
      async ([kind, id]) => {
        const key = `${kind}:${id}`;
        let pending = this.inflight.get(key);
        if (!pending) {
          pending = (
            kind === 'u' ? this.fetchUser(client, id, fetchedUsers) : this.fetchChannel(client, id, fetchedChannels)
          ).finally(() => this.inflight.delete(key));
          this.inflight.set(key, pending);
        }
        await pending;
      },
    );
    if (fetchedUsers.length > 0) await whenFree(() => upsertUsers(this.ctx.db, fetchedUsers));
    if (fetchedChannels.length > 0) await whenFree(() => upsertAos(this.ctx.db, fetchedChannels));
  }

  private async fetchUser(client: WebClient, id: string, out: SlackUser[]): Promise<void> {
    try {
      const res = await client.users.info({ user: id });
      const user = res.user as SlackUser | undefined;
      this.users.set(id, { value: user?.id ? user : (this.users.get(id)?.value ?? null), at: Date.now() });
      if (user?.id) out.push(user);
    } catch (err) {
      if (slackError(err) === 'user_not_found') this.users.set(id, { value: this.users.get(id)?.value ?? null, at: Date.now() });
      else this.ctx.log.warn({ err: errorFields(err), user: id }, 'users.info failed; using what is known');
    }
    this.snapshot = null;
  }

  private async fetchChannel(client: WebClient, id: string, out: SlackChannel[]): Promise<void> {
    try {
      const res = await client.conversations.info({ channel: id });
      const channel = res.channel as SlackChannel | undefined;
      if (channel?.id && !(channel as { is_im?: boolean }).is_im && !(channel as { is_mpim?: boolean }).is_mpim) {
        this.channels.set(id, { value: channel, at: Date.now() });
        out.push(channel);
      } else {
        this.channels.set(id, { value: this.channels.get(id)?.value ?? null, at: Date.now() });
      }
    } catch (err) {
      const code = slackError(err);
      if (code === 'channel_not_found') this.channels.set(id, { value: this.channels.get(id)?.value ?? null, at: Date.now() });
      else this.ctx.log.warn({ err: errorFields(err), channel: id }, 'conversations.info failed; using what is known');
    }
    this.snapshot = null;
  }

  /** Whether the workspace has this person or channel, as far as the directory knows (after `contextFor`/`ensure`). */
  known(): { user(id: string): boolean; channel(id: string): boolean } {
    return {
      user: (id) => Boolean(this.users.get(id)?.value),
      channel: (id) => Boolean(this.channels.get(id)?.value),
    };
  }

  /** A channel's name, when known. */
  channelName(id: string): string | undefined {
    return this.channels.get(id)?.value?.name;
  }
}
