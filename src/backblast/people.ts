// Who is who: the user and channel directories, and the reading of people lists
// (`@Captain Crunch@Stock boy`, `Cookie & Drone`, `<@U123>`, `YHC`).

import type { SlackChannel, SlackUser } from './types.js';
import { nameKey } from './text.js';
import { Memo } from './memo.js';
import { CHANNEL_MENTION, PAYLOAD_CHANNEL_ID } from '../slack-ids.js';

const MAX_WORDS = 6;
const PAREN = /\s*\([^)]*\)|\s*\[[^\]]*\]/g;
const AFTER_DASH = /\s+[-|]\s+.*$/;
const F3_PREFIX = /^f3\s+/i;

interface Entry {
  id: string;
  rank: number;
}

const NEAR_MIN = 5;

function keysByLength(byKey: Map<string, Entry | null>): Map<number, [string, string][]> {
  const out = new Map<number, [string, string][]>();
  for (const [k, entry] of byKey) {
    if (!entry || k.length < NEAR_MIN) continue;
    let list = out.get(k.length);
    if (!list) out.set(k.length, (list = []));
    list.push([k, entry.id]);
  }
  return out;
}

/** Whether two different strings are one insertion, deletion, substitution or swap of neighbours apart. */
function oneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length === b.length) {
    let i = 0;
    while (a[i] === b[i]) i++;
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  let i = 0;
  while (long[i] === short[i]) i++;
  return long.slice(i + 1) === short.slice(i);
}

/** Slack users by id and by every name a PAX may be typed as. Build once, reuse for many messages. */
export class UserDirectory {
  private readonly byId = new Map<string, SlackUser>();
  private readonly byKey = new Map<string, Entry | null>();
  private readonly names = new Map<string, string>();
  /** Unambiguous name keys by length, built on the first near-match lookup. */
  private byLength: Map<number, [string, string][]> | undefined;
  /** Most words in any name, so lookups know how far to look ahead. */
  readonly maxWords: number;
  /** Name keys of texts already keyed. */
  private readonly keys = new Memo(nameKey);

  constructor(users: readonly SlackUser[]) {
    const best = new Map<string, Entry>();
    const ambiguous = new Set<string>();
    let maxWords = 1;
    const add = (raw: string | undefined, id: string, rank: number) => {
      if (!raw) return;
      const key = nameKey(raw);
      if (!key) return;
      maxWords = Math.max(maxWords, Math.min(MAX_WORDS, raw.trim().split(/\s+/).length));
      const seen = best.get(key);
      if (!seen || rank < seen.rank) {
        best.set(key, { id, rank });
        ambiguous.delete(key);
      } else if (seen.rank === rank && seen.id !== id) {
        ambiguous.add(key);
      }
    };
    for (const user of users) {
      if (!user.id || user.id === 'USLACKBOT' || user.is_bot) continue;
      this.byId.set(user.id, user);
      const base = user.deleted ? 10 : 0;
      const p = user.profile ?? {};
      this.names.set(user.id, p.display_name || p.real_name || user.real_name || user.name || user.id);
      for (const name of [p.display_name, p.display_name_normalized]) {
        add(name, user.id, base);
        // F3 display names often carry a region or real name: "Slice (F3 Akron)", "Slice - John Smith".
        const short = name?.replace(PAREN, '').replace(AFTER_DASH, '').replace(F3_PREFIX, '');
        if (short !== name) add(short, user.id, base + 3);
      }
      for (const name of [p.real_name, user.real_name, p.real_name_normalized]) add(name, user.id, base + 1);
      add(user.name, user.id, base + 2);
    }
    for (const [key, entry] of best) this.byKey.set(key, ambiguous.has(key) ? null : entry);
    this.maxWords = maxWords;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  user(id: string): SlackUser | undefined {
    return this.byId.get(id);
  }

  /** The name a person goes by: display name, else real name, else user name, else the id. */
  displayName(id: string): string {
    return this.names.get(id) ?? id;
  }

  /**
   * The one user whose name key is one edit (a letter added, dropped, changed or two swapped) from
   * `key`; null when none or several. Short keys never match: too many names are one edit apart.
   */
  nearKey(key: string): string | null {
    if (key.length < NEAR_MIN) return null;
    this.byLength ??= keysByLength(this.byKey);
    let found: string | null = null;
    for (let len = key.length - 1; len <= key.length + 1; len++) {
      for (const [k, id] of this.byLength.get(len) ?? []) {
        // `Captain Crunchy` is not a typo of `Captain Crunch`: a name with more at its end is another name.
        if (key.startsWith(k) || !oneEdit(k, key)) continue;
        if (found && found !== id) return null;
        found = id;
      }
    }
    return found;
  }

  /** `nameKey(text)`, remembered for the next time the same name is typed. */
  keyOf(text: string): string {
    return this.keys.get(text);
  }

  /** The user a name key (see `nameKey`) belongs to; `null` when two users share it, `undefined` when none. */
  lookupKey(key: string): string | null | undefined {
    const entry = this.byKey.get(key);
    return entry === undefined ? undefined : entry && entry.id;
  }

  /** The user a typed name belongs to, forgiving case, accents, spaces and punctuation. */
  resolve(name: string): string | null {
    return this.lookupKey(this.keyOf(name.replace(/^@/, ''))) ?? null;
  }
}

const AO_PREFIX = /^(?:ao|the)(?=[^a-z0-9]|$)/;
const HASHTAG = /#([\p{L}\p{N}_-]+)/u;
const TRAILING_PUNCTUATION = /[.!]+$/;
// "The Grind @ Central Park", "Foundry - behind the school", "10/5 | Iron Mountain".
const AO_PARTS = /(?:^|\s+)(?:[-|:@]|at)\s+|[,(]/i;

/** The key a channel or AO name is compared by: `ao-`, `the`, case and separators ignored. */
export function channelKey(name: string): string {
  let s = name.toLowerCase().replace(/[\s_-]+/g, ' ').trim();
  for (let i = 0; i < 2; i++) s = s.replace(AO_PREFIX, '').trim();
  return nameKey(s);
}

// `#TheGrind`, `#AOIronMountain`: the prefixes glued to the name.
const GLUED_PREFIX = /^(?:ao)?(?:the)?/;
const CHANNEL_WORDS = /[^a-z0-9]+/;
const AO_NAMED = /^ao(?=[^a-z0-9])/;
const TYPED_WORDS = /[^\p{L}\p{N}]+/u;

interface ChannelWords {
  id: string;
  words: string[];
}

/** Slack channels by id, name and the forgiving key of `channelKey`. */
export class ChannelDirectory {
  private readonly ids = new Map<string, string>();
  private readonly byName = new Map<string, string>();
  private readonly byKey = new Map<string, string>();
  /** AO channels by the words of their names, for a place typed with more words around it. */
  private readonly words: ChannelWords[] = [];
  /** What `resolve` answered for each text. */
  private readonly resolved = new Memo((text) => this.lookUp(text));

  constructor(channels: readonly SlackChannel[]) {
    // Live channels win over archived ones of the same name.
    const ordered = [...channels].sort((a, b) => Number(!!a.is_archived) - Number(!!b.is_archived));
    for (const ch of ordered) {
      if (!ch.id) continue;
      this.ids.set(ch.id, ch.name ?? '');
      if (!ch.name) continue;
      const name = ch.name.toLowerCase();
      if (!this.byName.has(name)) this.byName.set(name, ch.id);
      const key = channelKey(ch.name);
      if (key && !this.byKey.has(key)) this.byKey.set(key, ch.id);
      const words = name.split(CHANNEL_WORDS).filter((w) => w && w !== 'ao' && w !== 'the');
      if (!ch.is_archived && words.length > 0 && (AO_NAMED.test(name) || words.length > 1)) this.words.push({ id: ch.id, words });
    }
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  /** The channel's name, or '' when unknown. */
  nameOf(id: string): string {
    return this.ids.get(id) ?? '';
  }

  /** A channel by name as typed: `#ao-the-grind`, `The Grind`, `ao_grind`. */
  byTypedName(name: string): string | null {
    const exact = this.byName.get(name.toLowerCase().replace(/^#/, ''));
    if (exact) return exact;
    const key = channelKey(name.replace(/^#/, ''));
    if (!key) return null;
    const found = this.byKey.get(key);
    if (found) return found;
    const unglued = key.replace(GLUED_PREFIX, '');
    return (unglued !== key && unglued.length >= 3 && this.byKey.get(unglued)) || null;
  }

  /**
   * The AO channel all of whose name's words are in `text` (`Iron Mountain Park` → #ao-iron-mountain),
   * the one with most words; `null` when none or two fit equally.
   */
  byWords(text: string): string | null {
    const typed = new Set(text.split(TYPED_WORDS).map(nameKey));
    let best: ChannelWords | null = null;
    let tie = false;
    for (const ch of this.words) {
      if (!ch.words.every((w) => typed.has(w))) continue;
      if (!best || ch.words.length > best.words.length) {
        best = ch;
        tie = false;
      } else if (ch.words.length === best.words.length && ch.id !== best.id) {
        tie = true;
      }
    }
    return best && !tie ? best.id : null;
  }

  /** The channel an AO value names: a mention, a #name, or a plain name; `null` when none matches. */
  resolve(text: string): string | null {
    return this.resolved.get(text);
  }

  private lookUp(text: string): string | null {
    const token = CHANNEL_MENTION.exec(text);
    if (token) return token[1]!;
    const tag = HASHTAG.exec(text);
    if (tag) {
      const id = this.byTypedName(tag[1]!);
      if (id) return id;
    }
    const plain = text.replace(TRAILING_PUNCTUATION, '').trim();
    if (!plain) return null;
    // A channel id typed or pasted as is: `AO: C02FOUNDRY`.
    if (PAYLOAD_CHANNEL_ID.test(plain) && this.ids.has(plain)) return plain;
    for (const variant of [plain, plain.replace(PAREN, ''), ...plain.split(AO_PARTS)]) {
      const id = variant && this.byTypedName(variant.trim());
      if (id) return id;
    }
    return null;
  }
}
