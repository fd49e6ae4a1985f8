// The real-world corpus: backblasts and look-alikes from public region sites and F3 apps' repos,
// each turned into the Slack message it would have been, with the record a careful reader writes.
// Names are the regions' own (one renamed where two regions clash); write-ups are shortened and reworded. Every entry cites its source.
import type { ParseContext, ParseResult, SlackChannel, SlackMessage, SlackUser } from '../../../src/backblast/types.js';

export const TZ = 'America/New_York';

/** What a careful reader writes down, in names rather than ids. */
export interface Want {
  title: string;
  date: string;
  /** The AO's channel name, or null. */
  ao: string | null;
  q: string | null;
  coqs?: string[];
  /** Everyone else who attended and is on Slack, in the order written (the Q and Co-Qs need not be repeated). */
  pax: string[];
  /** Names written that match nobody on Slack (FNGs apart). */
  unresolved?: string[];
  fngs?: string[];
  fngCount?: number;
  count: number;
  warnings?: string[];
}

export interface Entry {
  /** Where the post was read (URL or repo/path). */
  source: string;
  text: string;
  /** The local day it was posted (YYYY-MM-DD); posted at 08:15. */
  posted: string;
  /** Who posted it (a member's name). */
  poster: string;
  /** The channel it was posted in (name); `backblasts` unless said. */
  channel?: string;
  /** Slack message fields beside text (blocks, metadata, subtype…). */
  extra?: Partial<SlackMessage>;
  want: Want | null;
}

const key = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase().replace(/[^A-Z0-9]/g, '');
// Slack ids are at least 9 characters; short names are padded so apps' payload ids look real.
export const userId = (name: string) => `U${key(name)}`.padEnd(9, 'X');
export const channelId = (name: string) => `C${key(name)}`.padEnd(9, 'X');

export const warn = {
  noQ: 'No Q found: add a line like `Q: @name`.',
  unknownQ: (name: string) => `The Q "${name}" doesn't match anyone on Slack: tag them like \`Q: @name\`.`,
  noDate: (day: string) => {
    const [y, m, d] = day.split('-').map(Number);
    return `No date found, so I used the post's date (${day}): add a line like \`Date: ${m}/${d}/${y}\`.`;
  },
  countOff: (stated: number, found: number) =>
    `The count says ${stated} but I found ${found === 1 ? '1 PAX' : `${found} PAX`} listed: check the PAX and Count lines.`,
  noAo: 'No AO found: add a line like `AO: #ao-channel`.',
  qPoster: 'No Q line, so I took the poster (who writes as YHC) as the Q: add a line like `Q: @name`.',
  qFromList: (written: string) => `No Q line, so I took the Q from "${written}" in the PAX list: add a line like \`Q: @name\`.`,
  qSignOff: 'No Q line, so I took the Q from the sign-off: add a line like `Q: @name`.',
  typo: (written: string, member: string) => `"${written}" matches nobody on Slack; I took it as ${member}: tag them like \`@name\`.`,
};

/** ts of 08:15 local on a day (New York is 4 or 5 hours behind UTC; 13:15 UTC is the same day). */
export function tsOf(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${Date.UTC(y!, m! - 1, d!, 13, 15) / 1000}.${String(n).padStart(6, '0')}`;
}

export function directory(entries: Entry[], channels: string[]): ParseContext {
  const names = new Set<string>();
  const strangers = new Set<string>();
  for (const e of entries) {
    names.add(e.poster);
    if (!e.want) continue;
    for (const n of [e.want.q, ...(e.want.coqs ?? []), ...e.want.pax]) if (n) names.add(n);
    for (const n of [...(e.want.unresolved ?? []), ...(e.want.fngs ?? [])]) strangers.add(n);
  }
  for (const n of strangers) if (names.has(n)) throw new Error(`corpus: ${n} is both a member and a stranger`);
  const users: SlackUser[] = [...names].map((n) => ({
    id: userId(n),
    name: key(n).toLowerCase(),
    real_name: '',
    profile: { display_name: n, real_name: '' },
  }));
  const chans: SlackChannel[] = channels.map((c) => ({ id: channelId(c), name: c, created: 1500000000 }));
  return { users, channels: chans, tz: TZ };
}

export function messageOf(e: Entry, n: number): SlackMessage {
  return { type: 'message', user: userId(e.poster), channel: channelId(e.channel ?? 'backblasts'), text: e.text, ...e.extra, ts: tsOf(e.posted, n) };
}

export function recordOf(e: Entry, message: SlackMessage): ParseResult {
  const base = { ts: message.ts, channel: message.channel ?? null };
  const w = e.want;
  if (!w) return { ...base, is_backblast: false };
  const ids: string[] = [];
  for (const n of [w.q, ...(w.coqs ?? []), ...w.pax]) if (n && !ids.includes(userId(n))) ids.push(userId(n));
  return {
    ...base,
    is_backblast: true,
    title: w.title,
    date: w.date,
    ao_channel_id: w.ao === null ? null : channelId(w.ao),
    q_user_id: w.q && userId(w.q),
    coq_user_ids: (w.coqs ?? []).map(userId),
    pax_user_ids: ids,
    unresolved_pax: w.unresolved ?? [],
    fng_names: w.fngs ?? [],
    fng_count: w.fngCount ?? (w.fngs ?? []).length,
    pax_count: w.count,
    warnings: w.warnings ?? [],
  };
}
