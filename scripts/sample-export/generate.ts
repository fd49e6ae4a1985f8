import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, daysBetween } from '../../src/time.js';
import { Random } from './random.js';
import {
  AO_NAMES,
  FIRST_NAMES,
  FNG_NAMES,
  GUEST_NAMES,
  LAST_NAMES,
  NICK_FIRST,
  NICK_SECOND,
  backblastText,
  chatterText,
  correctionText,
  preblastText,
  type Person,
  type Writeup,
} from './sample-text.js';

// Writes the Slack export of a made-up F3 region: users.json, channels.json, groups.json and a
// folder of day files per channel, with backblasts in varied styles, edits, reposts, preblasts,
// chatter and thread replies. The same options give the same bytes. It also says what an import
// should find, so tests and the benchmark can check the result.

export interface GenerateOptions {
  dir: string;
  seed?: number;
  /** Number of AO channels. */
  aos?: number;
  /** First day, YYYY-MM-DD. */
  start?: string;
  months?: number;
  tz?: string;
  /** Keep one entry per backblast message in the result (small exports: tests). */
  details?: boolean;
}

export type Fate = 'saved' | 'duplicate' | 'no Q';

/** A backblast message of the export and what an import should make of it. */
export interface ExpectedBackblast {
  ts: string;
  channel: string;
  tsEdited: string | null;
  fate: Fate;
  aoId: string;
  date: string;
  qUserId: string | null;
  /** Everyone on Slack who attended, Q and Co-Qs included, sorted. */
  attendees: string[];
  guests: string[];
  fngs: string[];
}

export interface GeneratedExport {
  dir: string;
  users: number;
  channels: number;
  /** Day files of channels (the mpim folder's too). */
  files: number;
  messages: number;
  /** Backblast messages, reposts and ones without a Q included. */
  backblasts: number;
  /** Beatdowns an import records. */
  saved: number;
  /** Attendance rows those make. */
  attendance: number;
  duplicates: number;
  noQ: number;
  edited: number;
  /** Guest names written in recorded backblasts. */
  guests: string[];
  /** The channel folder of an AO channel id. */
  folders: Record<string, string>;
  /** Per backblast message, in the order of the export, when `details` was asked. */
  details: ExpectedBackblast[];
}

interface User extends Person {
  realName: string;
  displayName: string;
  deleted: boolean;
}

interface Channel {
  id: string;
  name: string;
  created: number;
  archived: boolean;
  private: boolean;
  purpose: string;
}

interface Ao {
  channel: Channel;
  /** 0 Sunday … 6 Saturday. */
  days: Set<number>;
  regulars: Array<{ user: User; p: number }>;
  style: number;
  /** Last day it meets (an AO that closed), or null. */
  until: string | null;
}

type Message = Record<string, unknown> & { ts: string };

const TEAM = 'T0F3SAMPLE';
const SCHEDULES = [
  [1, 2, 3, 4, 5],
  [1, 3, 5],
  [1, 2, 3, 4, 5, 6],
  [1, 2, 4, 5],
  [1, 2, 3, 4, 5],
  [1, 2, 3, 4, 5, 6],
  [2, 6],
  [1, 3, 5, 6, 0],
];

function id(prefix: string, n: number): string {
  return `${prefix}0${n.toString(36).toUpperCase().padStart(8, '0')}`;
}

function addMonths(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + n);
  return d.toISOString().slice(0, 10);
}

function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** Unix ms of a wall-clock time (minutes after midnight) on a date in a time zone. */
function zonedMillis(date: string, minutes: number, format: Intl.DateTimeFormat): number {
  const wall = Date.parse(`${date}T00:00:00Z`) + minutes * 60_000;
  const offset = (at: number) => {
    const p = Object.fromEntries(format.formatToParts(at).map((x) => [x.type, x.value]));
    return Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour! % 24, +p.minute!, +p.second!) - at;
  };
  const guess = wall - offset(wall);
  return wall - offset(guess);
}

/** A Slack export in a folder, and what an import of it should record. */
export function generateExport(options: GenerateOptions): GeneratedExport {
  const r = new Random(options.seed ?? 1);
  const aoCount = Math.max(1, Math.min(options.aos ?? 4, AO_NAMES.length * 3));
  const start = options.start ?? '2025-08-01';
  const end = addDays(addMonths(start, options.months ?? 3), -1);
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: options.tz ?? 'America/Chicago',
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const startSeconds = Math.floor(zonedMillis(start, 0, format) / 1000);

  // People: F3 nicknames as display names, a few with only a real name, a few who left.
  const nicknames = NICK_FIRST.flatMap((a) => NICK_SECOND.map((b) => `${a} ${b}`));
  const realNames = FIRST_NAMES.flatMap((a) => LAST_NAMES.map((b) => `${a} ${b}`));
  const userCount = Math.min(nicknames.length, realNames.length, aoCount * 14 + 20);
  const nicks = r.sample(nicknames, userCount);
  const reals = r.sample(realNames, userCount);
  const users: User[] = nicks.map((nick, i) => {
    const noNick = r.chance(0.08);
    const realName = reals[i]!;
    return {
      id: id('U', 1000 + i),
      name: noNick ? realName : nick,
      displayName: noNick ? '' : nick,
      realName,
      deleted: r.chance(0.03),
    };
  });

  let channelSeq = 100;
  const channel = (name: string, purpose: string, extra: Partial<Channel> = {}): Channel => ({
    id: id(extra.private ? 'G' : 'C', channelSeq++),
    name,
    created: startSeconds - 86_400 * r.int(30, 900),
    archived: false,
    private: false,
    purpose,
    ...extra,
  });
  const general = channel('general', 'Region-wide announcements');
  const firstF = channel('1st-f', 'Workouts, convergences, Q sheets');
  const region = channel('backblasts', 'Backblasts from every AO');
  // Past the list of names, a region's second and third sites of a name: ao-anvil-2.
  const aoNames = Array.from({ length: aoCount }, (_, i) => AO_NAMES[i % AO_NAMES.length]! + (i < AO_NAMES.length ? '' : `-${Math.floor(i / AO_NAMES.length) + 1}`));
  const aos: Ao[] = aoNames.map((name, i) => {
    const closes = aoCount >= 4 && i === 3;
    const ch = channel(`ao-${name}`, `Workouts at ${name.replace(/-/g, ' ')}`, {
      private: aoCount >= 3 && i === 2,
      archived: closes,
    });
    const regulars = r.sample(users, Math.min(users.length, 16)).map((user) => ({ user, p: 0.18 + r.next() * 0.4 }));
    const closing = closes ? addDays(start, Math.floor(daysBetween(start, end) * 0.6)) : null;
    return { channel: ch, days: new Set(SCHEDULES[i % SCHEDULES.length]), regulars, style: r.int(0, 4), until: closing };
  });
  const channels = [general, firstF, region, ...aos.map((a) => a.channel)];

  const dir = options.dir;
  mkdirSync(dir, { recursive: true });
  const json = (value: unknown) => JSON.stringify(value, null, 4);
  const profile = (u: User) => ({
    real_name: u.realName,
    display_name: u.displayName,
    real_name_normalized: u.realName,
    display_name_normalized: u.displayName,
    first_name: u.realName.split(' ')[0],
    last_name: u.realName.split(' ')[1],
    image_72: `https://avatars.example/${u.id}_72.png`,
    team: TEAM,
  });
  writeFileSync(
    join(dir, 'users.json'),
    json([
      ...users.map((u) => ({
        id: u.id,
        team_id: TEAM,
        name: u.realName.toLowerCase().replace(' ', '.'),
        deleted: u.deleted,
        real_name: u.realName,
        tz: options.tz ?? 'America/Chicago',
        profile: profile(u),
        is_admin: false,
        is_owner: false,
        is_bot: false,
        is_app_user: false,
        updated: startSeconds,
      })),
      {
        id: 'USLACKBOT',
        team_id: TEAM,
        name: 'slackbot',
        deleted: false,
        real_name: 'Slackbot',
        is_bot: false,
        profile: { real_name: 'Slackbot', display_name: 'Slackbot' },
      },
      {
        id: id('U', 999),
        team_id: TEAM,
        name: 'paxminer',
        deleted: false,
        real_name: 'PAXminer',
        is_bot: true,
        profile: { real_name: 'PAXminer', display_name: '' },
      },
    ]),
  );
  const channelJson = (c: Channel) => ({
    id: c.id,
    name: c.name,
    created: c.created,
    creator: users[0]!.id,
    is_archived: c.archived,
    is_general: c === general,
    members: users.filter((_, i) => i % 3 === 0 || c === general).map((u) => u.id),
    topic: { value: '', creator: '', last_set: 0 },
    purpose: { value: c.purpose, creator: users[0]!.id, last_set: c.created },
  });
  writeFileSync(join(dir, 'channels.json'), json(channels.filter((c) => !c.private).map(channelJson)));
  writeFileSync(join(dir, 'groups.json'), json(channels.filter((c) => c.private).map(channelJson)));
  for (const c of channels) mkdirSync(join(dir, c.name), { recursive: true });

  const result: GeneratedExport = {
    dir,
    users: users.length + 2,
    channels: channels.length,
    files: 0,
    messages: 0,
    backblasts: 0,
    saved: 0,
    attendance: 0,
    duplicates: 0,
    noQ: 0,
    edited: 0,
    guests: [],
    folders: Object.fromEntries(channels.map((c) => [c.id, c.name])),
    details: [],
  };
  const guests = new Set<string>();

  // A group DM: exports of some plans carry them; an import leaves them alone.
  const mpim = 'mpdm-iron--tuna--goose-1';
  mkdirSync(join(dir, mpim), { recursive: true });
  writeFileSync(join(dir, 'mpims.json'), json([{ id: id('G', 9), name: mpim, members: users.slice(0, 3).map((u) => u.id) }]));
  writeFileSync(
    join(dir, mpim, `${start}.json`),
    json([
      {
        type: 'message',
        user: users[0]!.id,
        text: 'Backblast! Q: me PAX: you',
        ts: `${startSeconds + 50_000}.000100`,
        team: TEAM,
      },
    ]),
  );
  result.files += 1;

  // Messages wait in buckets per channel and day until that day can get no more (next-day posts).
  const buckets = new Map<string, Map<string, Message[]>>();
  const post = (c: Channel, date: string, m: Message) => {
    let byDay = buckets.get(date);
    if (!byDay) buckets.set(date, (byDay = new Map()));
    let list = byDay.get(c.name);
    if (!list) byDay.set(c.name, (list = []));
    list.push(m);
  };
  const flush = (date: string) => {
    const byDay = buckets.get(date);
    if (!byDay) return;
    for (const [folder, list] of byDay) {
      list.sort((a, b) => Number(a.ts) - Number(b.ts));
      writeFileSync(join(dir, folder, `${date}.json`), json(list));
      result.files += 1;
      result.messages += list.length;
    }
    buckets.delete(date);
  };
  const ts = (date: string, minutes: number) => {
    const ms = zonedMillis(date, minutes, format);
    return `${Math.floor(ms / 1000)}.${String(r.int(1, 999_999)).padStart(6, '0')}`;
  };
  const message = (u: User, text: string, at: string, extra: Record<string, unknown> = {}): Message => ({
    user: u.id,
    type: 'message',
    ts: at,
    client_msg_id: `${u.id.slice(-4).toLowerCase()}${at.replace('.', '-')}`,
    text,
    team: TEAM,
    user_team: TEAM,
    source_team: TEAM,
    user_profile: { real_name: u.realName, display_name: u.displayName, name: u.name, team: TEAM },
    ...extra,
  });

  const plans = new Map<string, Writeup | null>();
  const planFor = (ao: Ao, date: string): Writeup | null => {
    const key = `${ao.channel.id}/${date}`;
    if (plans.has(key)) return plans.get(key)!;
    let plan: Writeup | null = null;
    if (ao.days.has(weekday(date)) && (!ao.until || date <= ao.until) && !r.chance(0.04)) {
      const present = ao.regulars.filter((x) => r.chance(x.p)).map((x) => x.user);
      if (r.chance(0.3)) present.push(r.pick(users));
      const crowd = [...new Set(present)];
      if (crowd.length === 0) crowd.push(ao.regulars[0]!.user);
      const [q, ...rest] = crowd;
      const coqs = rest.length > 2 && r.chance(0.1) ? rest.splice(0, 1) : [];
      plan = {
        aoId: ao.channel.id,
        aoChannelName: ao.channel.name,
        date,
        q: q!,
        coqs,
        pax: rest,
        typed: new Set(rest.filter((u) => !(u as User).deleted && r.chance(0.1)).map((u) => u.id)),
        guests: r.chance(0.08) ? r.sample(GUEST_NAMES, r.int(1, 2)) : [],
        fngs: r.chance(0.07) ? r.sample(FNG_NAMES, r.int(1, 2)) : [],
        aoLine: r.chance(0.85),
      };
    }
    plans.set(key, plan);
    return plan;
  };

  const keys = new Set<string>();
  const expect = (w: Writeup, m: Message, posted: Channel, fate: Fate) => {
    result.backblasts += 1;
    if (fate === 'saved') {
      const attendees = [...new Set([w.q!.id, ...w.coqs.map((p) => p.id), ...w.pax.map((p) => p.id)])].sort();
      result.saved += 1;
      result.attendance += attendees.length;
      for (const g of w.guests) guests.add(g);
      if (options.details) {
        result.details.push({
          ts: m.ts,
          channel: posted.id,
          tsEdited: (m.edited as { ts: string } | undefined)?.ts ?? null,
          fate,
          aoId: w.aoId,
          date: w.date,
          qUserId: w.q!.id,
          attendees,
          guests: w.guests,
          fngs: w.fngs,
        });
      }
      return;
    }
    if (fate === 'duplicate') result.duplicates += 1;
    else result.noQ += 1;
    if (options.details) {
      result.details.push({
        ts: m.ts,
        channel: posted.id,
        tsEdited: null,
        fate,
        aoId: w.aoId,
        date: w.date,
        qUserId: w.q?.id ?? null,
        attendees: [],
        guests: w.guests,
        fngs: w.fngs,
      });
    }
  };

  for (let date = start; date <= end; date = addDays(date, 1)) {
    for (const ao of aos) {
      const tomorrow = planFor(ao, addDays(date, 1));
      if (tomorrow?.q && r.chance(0.3)) {
        post(ao.channel, date, message(tomorrow.q as User, preblastText(r, tomorrow), ts(date, r.int(18 * 60, 21 * 60 + 30))));
      }
      if (r.chance(0.15)) {
        const someone = r.pick(ao.regulars).user;
        post(ao.channel, date, message(someone, chatterText(r, r.pick(ao.regulars).user), ts(date, r.int(7 * 60, 22 * 60))));
      }
      const w = planFor(ao, date);
      plans.delete(`${ao.channel.id}/${date}`);
      if (!w) continue;
      const poster = w.q as User;
      const nextDay = r.chance(0.15);
      const day = nextDay ? addDays(date, 1) : date;
      const at = ts(day, nextDay ? r.int(6 * 60, 20 * 60) : r.int(6 * 60 + 15, 9 * 60 + (r.chance(0.2) ? 600 : 0)));
      const where = r.chance(0.04) ? region : ao.channel;
      if (where === region) Object.assign(w, { aoLine: true, aoLink: true });
      const noQ = r.chance(0.01);
      const written: Writeup = noQ ? { ...w, q: null } : w;
      const text = backblastText(r, written, ao.style + (r.chance(0.2) ? r.int(1, 4) : 0));
      const extra: Record<string, unknown> = {};
      if (r.chance(0.08)) {
        extra.edited = { user: poster.id, ts: `${Number(at.split('.')[0]) + r.int(300, 3600)}.000000` };
        result.edited += 1;
      }
      const m = message(poster, text, at, extra);
      const key = `${w.aoId}/${w.date}/${w.q?.id}`;
      const fate: Fate = noQ ? 'no Q' : keys.has(key) ? 'duplicate' : 'saved';
      if (!noQ) keys.add(key);
      post(where, day, m);
      expect(w, m, where, fate);

      if (!noQ && r.chance(0.015)) {
        // The Q posts it again: the first one stands.
        const again = message(
          poster,
          text,
          `${Number(at.split('.')[0]) + r.int(120, 1800)}.${String(r.int(1, 999_999)).padStart(6, '0')}`,
        );
        post(where, day, again);
        expect(w, again, where, 'duplicate');
      }
      if (r.chance(0.03)) {
        m.thread_ts = m.ts;
        m.reply_count = 1;
        const replier = r.pick(ao.regulars).user;
        const replyTs = `${Number(at.split('.')[0]) + r.int(600, 7200)}.${String(r.int(1, 999_999)).padStart(6, '0')}`;
        m.replies = [{ user: replier.id, ts: replyTs }];
        post(where, day, message(replier, correctionText(w), replyTs, { thread_ts: m.ts, parent_user_id: poster.id }));
      }
    }
    if (r.chance(0.05)) {
      const u = r.pick(users);
      post(general, date, message(u, `<@${u.id}> has joined the channel`, ts(date, r.int(0, 1439)), { subtype: 'channel_join' }));
    }
    if (r.chance(0.1))
      post(firstF, date, message(r.pick(users), 'Convergence this Saturday, all AOs, 0700.', ts(date, r.int(8 * 60, 20 * 60))));
    // Nothing later lands on this day: next-day posts go to tomorrow, preblasts to today.
    flush(date);
  }
  for (const date of [...buckets.keys()].sort()) flush(date);
  result.guests = [...guests].sort();
  return result;
}
