// People lists as Qs type them: mentions, `@Captain Crunch@Stock boy`, `Cookie & Drone`,
// `Slice, Doppler and O'Doyle`, annotations like `(R)` or `(FNG)`, `YHC`, `None`.

import { readNumber } from './counts.js';
import type { UserDirectory } from './people.js';
import { Memo } from './memo.js';
import { isSpace } from './text.js';
import { USER_MENTIONS } from '../slack-ids.js';

export interface Person {
  /** Slack user id, or null for a name that matches nobody. */
  id: string | null;
  name: string;
  /** Marked `(FNG)` where listed. */
  fng: boolean;
  /** Marked as leading: `(Q)`, `(VQ)`, `(QIC)` is `q`, `(Co-Q)` is `coq`. */
  role?: 'q' | 'coq';
  /** The item as written when a role word beside the name marked it: `QIC Bald Eagle`, `Drone at the Q`. */
  roleWritten?: string;
  /** The name as written when it matched a member only one edit away. */
  typedAs?: string;
}

export interface PeopleList {
  people: Person[];
  /** A bare number in the list: `PAX: 12`, `FNGs: 2`, `FNGs: 3 - A, B, C`. */
  number: number | null;
  /** Unnamed FNGs in the list: `Slice, Doppler, 2 FNGs`. */
  fngs: number;
  /** Unnamed PAX in the list: `Slice, Doppler and 2 others`. */
  others: number;
}

const FNG_MARK = '\u0001';
const MENTION_MARK = '\u0002';
const Q_MARK = '\u0003';
const COQ_MARK = '\u0004';
const MARKS = /[\u0001\u0003\u0004]/g;
const HAS_MARK = /[\u0001\u0003\u0004]/;
const OTHER_TOKEN = /<[!#][^>]*>|<https?:[^>]*>/g;
const ANNOTATION = /\(([^)]*)\)|\[([^\]]*)\]/g;
// An unclosed bracket is a remark up to the next comma only: it must not swallow the names after it.
const UNCLOSED = /\(([^)]*)$/;
const FNG_NOTE = /\bfngs?\b/i;
const NOTE_KEY = /[^a-z0-9]/g;
const Q_NOTES = new Set(['q', 'vq', 'qic', 'theq', 'q1', 'yhcq']);
const COQ_NOTES = new Set(['coq', 'coqs', 'coqic', 'q2', 'q3']);
// `Daunte - FNG`: the mark belongs to the name before the dash, not to a person of its own.
const DASHED_FNG = /\s+-\s*fng\b(?!')/gi;
// `FNG Daunte`, `Daunte FNG`: the word FNG next to a name marks it.
const FNG_PREFIX = /^fng\s*(?:[:-]\s*|\s+)(?=[^\d\s])/i;
// `FNG ( Candy Strapper)`: the brackets hold the FNG's name.
const FNG_BRACKETED = /\bfng\s*\(\s*([^)]+?)\s*\)/gi;
// `QIC Bald Eagle`, `VQ Snoop`: a role word before a name in the list.
const ROLE_PREFIX = /^(qic|vq|q|co-?q)\s+(?=\S)/i;
const ROLE_ONLY = /^(?:q|qs|qic|vq|co-?q'?s?|co-?qic)$/i;
const ROLE_SUFFIX = /\s+(?:at|as|on)\s+(?:the\s+)?(q|qic|co-?q)$/i;
// `a single white glove`, `the usual crew`: a description after a name, not a person.
const DESCRIPTION = /^(?:a|an|his|her|our|their|some|one|the)\s+[a-z]/;
// `special guest Tumbleweed from F3 Omaha`: the name between who he is and where from.
const GUEST = /^(?:(?:special|visiting)\s+)?guests?\s+(?=\S)/i;
const FROM_REGION = /\s+(?:from|of|visiting from)\s+(?:f3\s*)?[\p{Lu}].*$/u;
// `FOS: Drone`: a label inside a list is not part of the name after it.
const JOINED = /\band\b|&/i;
// `YHC Checkbook`: the writer giving his own name.
const YHC_BEFORE_NAME = /^yhc\s+(?=\S)/i;
const LABEL_LEAD = /^[\p{L}][\p{L} ]{0,15}:\s*/u;
// `…, Sub Rolling Stone: Bartman, WWW`: a group's label inside the list, after a name.
const GROUP_LABEL = /(?<=[^\s,;:])\s+([\p{L}][\p{L} ]{0,15}):\s+/gu;
const ROLE_LABEL = /^(?:fngs?|q|qic|co-?qs?|vq|yhc)$/i;
// `(Iron Butt & Skitch)`: brackets holding two or more names are a list, not a remark.
const NAMES_IN_NOTE = /[,&]|\band\b/i;
const REMARK_START = /^\s*(?:invited|brought|recruited|eh'?d|guest|from|of|formerly|via|with|by|aka|also)\b/i;
const FNG_SUFFIX = /\s+fng$/i;
// `boo-respect`: the respect (or hate) mark glued on with a dash.
const ROLE_DASH = /(?<![\p{L}-])(qic|vq|co-?q|q)\s+-\s+(?=\p{L})/giu;
const INITIALS = /(?:^|[\s-])(?:\p{L}\.){2,}$/u;
const AKA = /^(.+?)\s+(?:aka|a\.k\.a\.?)\s+(\S.*)$/i;
const RESPECT_SUFFIX = /\s*-\s*(?:respect|hate)$/i;
const FNG_WORD = /^fng$/i;
const FNG_ANYWHERE = /fng/i;
const COQ_NAMED = /^\s*co-?\s*q'?s?\b\s*[:-]?\s*(\S.*)$/i;
const NOT_APPLICABLE = /\bn\s*\/\s*a\b/gi;
const SEPARATOR = /\s*(?:\bw\/|\bwith\b|[,;\n/|+&]|\band\b|\s-\s)\s*/i;
const ITEM_LEAD = /^(?:\d+[.)]\s+|[-•*·"']\s*|and\s+|plus\s+|welcome\s+(?:to\s+)?)+/i;
// Who brought an FNG, written without brackets: `Tumbleweed, brought by Slice`, `2.0 of Doppler`.
const RECRUITER_HINT = /by|2\.0/i;
const RECRUITER = /\s*\b(?:(?:brought|invited|recruited|eh'?d)\s+(?:in\s+|out\s+)?by|2\.0\s+of)\b.*$/i;
const COUNT_FIRST = /^\s*[([](\d+)[)\]]/;
const ITEM_TRAIL = /[\s.!?:;'"-]+$/;
const TRAIL_CHAR = /^[\s.!?:;'"-]$/;
const LEADING_NUMBER = /^(\d+)(?:\s*x)?\s+(?=\D)/i;
const JUST_NUMBER = /^~?\d+$/;
const NOT_PEOPLE = new Set([
  'none', 'nobody', 'noone', 'na', 'nope', 'nil', 'null', 'others', 'other', 'tbd', 'tba', 'zero', 'no',
  'nada', 'nonelisted', 'nonetoday', 'nofngs', 'nofng', 'notany', 'nonethistime', 'etc', 'more', 'n', 'x',
  'nonethismorning', 'nonetoreport', 'sadlynone', 'unfortunatelynone', 'noneyet', 'zip', 'zilch', 'w',
  'yes', 'yep', 'yup', 'above', 'seeabove', 'below', 'seebelow', 'seelist', 'allabove', 'seethread', 'inthread',
]);
const VAGUE = /^(?:a\s+)?(?:few|couple|bunch|handful|lot|ton|some|several|many|\d+|two|three|four|five)?(?:\s+of)?\s*(?:the\s+)?(?:others?|more|guys|pax|visitors|peeps|dudes|hims|regulars)$/i;
const HEADCOUNT = /^(\d+)\s+(?:pax|hims)$/i;
const UNNAMED_OTHERS = /^(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+couple)(?:\s+of)?\s+(?:others?|more|guys|visitors|peeps|dudes|regulars)$/i;
const UNNAMED_FNGS = /^(\d+|one|two|three|four|five|six)\s+(?:fngs?|fng's|new\s+guys?)$/i;
const POSTER = new Set(['yhc', 'yourstruly', 'me', 'myself', 'yhcq']);

/** The words of a text, split at white space: `text.split(/\s+/).filter(Boolean)` without the regex. */
function words(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) {
      if (start >= 0) out.push(text.slice(start, i));
      start = -1;
    } else if (start < 0) {
      start = i;
    }
  }
  if (start >= 0) out.push(text.slice(start));
  return out;
}

function addPerson(out: Person[], id: string | null, name: string, fng: boolean): void {
  out.push({ id, name, fng });
}

/** Longest run of words from `start` that names a user: [end, id or null when ambiguous]. */
function longestMatch(keys: string[], start: number, dir: UserDirectory): [number, string | null] | null {
  const last = Math.min(keys.length, start + dir.maxWords);
  for (let end = last; end > start; end--) {
    let key = keys[start]!;
    for (let k = start + 1; k < end; k++) key += keys[k];
    if (!key) continue;
    const id = dir.lookupKey(key);
    if (id !== undefined) return [end, id];
  }
  return null;
}

/**
 * Words naming one or more people: the whole as one name if it is one, else the known names in it
 * (longest first) with the words between them as names of their own. A single known name with
 * words around it (`Captain Crunchy`) is more likely one name nobody has than two people.
 */
function names(words: string[], fng: boolean, dir: UserDirectory, out: Person[]): void {
  if (words.length === 0) return;
  const keys = words.map((w) => dir.keyOf(w));
  const whole = keys.join('');
  if (!whole) return;
  const id = dir.lookupKey(whole);
  if (id === undefined && !fng && words.length <= 3) {
    // One edit from exactly one member's name: him, with a warning (see assemble.ts).
    const near = dir.nearKey(whole);
    if (near) {
      out.push({ id: near, name: dir.displayName(near), fng, typedAs: words.join(' ') });
      return;
    }
  }
  if (id !== undefined || words.length === 1) {
    addPerson(out, id ?? null, words.join(' '), fng);
    return;
  }
  const parts: { id: string | null; words: string[] }[] = [];
  let matched = 0;
  let pending: string[] = [];
  const flush = () => {
    if (pending.length > 0) parts.push({ id: null, words: pending });
    pending = [];
  };
  for (let i = 0; i < words.length; ) {
    const match = longestMatch(keys, i, dir);
    if (!match) {
      pending.push(words[i]!);
      i++;
      continue;
    }
    flush();
    parts.push({ id: match[1], words: words.slice(i, match[0]) });
    matched++;
    i = match[0];
  }
  flush();
  if (matched <= 1 && parts.length > matched) {
    addPerson(out, null, words.join(' '), fng);
    return;
  }
  for (const part of parts) addPerson(out, part.id, part.words.join(' '), fng);
}

const NUMBER_WORD = /^(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)$/i;

function readItem(raw: string, dir: UserDirectory, poster: string | undefined, list: PeopleList): void {
  let item = raw;
  let fng = false;
  let role: Person['role'];
  if (HAS_MARK.test(item)) {
    fng = item.includes(FNG_MARK);
    role = item.includes(Q_MARK) ? 'q' : item.includes(COQ_MARK) ? 'coq' : undefined;
    item = item.replace(MARKS, ' ').trim();
    // A mark written after a mention (`<@U1> (FNG)`) stands alone: it belongs to the one before.
    const last = list.people[list.people.length - 1];
    if (!item) {
      if (last) mark(last, fng, role);
      return;
    }
  }
  if (item.startsWith(MENTION_MARK)) {
    const id = item.slice(1).trim();
    addPerson(list.people, id, dir.displayName(id), fng);
    mark(list.people[list.people.length - 1]!, fng, role);
    return;
  }
  if (fng || role) readName(item, fng, role, dir, poster, list);
  else apply(rememberedRead(item, dir), dir, poster, list);
}

/** What reading one unmarked item gives, whoever posted: kept per directory, as names recur in every backblast. */
interface ItemRead extends PeopleList {
  /** The item was YHC (or the like): the poster, added when there is one. */
  poster: boolean;
}

const readsByDirectory = new WeakMap<UserDirectory, Memo<ItemRead>>();

function rememberedRead(item: string, dir: UserDirectory): ItemRead {
  let reads = readsByDirectory.get(dir);
  if (!reads) {
    reads = new Memo((text) => {
      const read: ItemRead = { people: [], number: null, fngs: 0, others: 0, poster: false };
      readName(text, false, undefined, dir, undefined, read);
      return read;
    });
    readsByDirectory.set(dir, reads);
  }
  return reads.get(item);
}

/** Adds an item's reading to a list, the people as copies (later marks change them). */
function apply(read: ItemRead, dir: UserDirectory, poster: string | undefined, list: PeopleList): void {
  list.number ??= read.number;
  list.fngs += read.fngs;
  list.others += read.others;
  if (read.poster && poster) addPerson(list.people, poster, dir.displayName(poster), false);
  for (const p of read.people) list.people.push({ ...p });
}

/** Reads an item that is no mention: a name or names, a number, YHC, or nothing we keep. */
function readName(
  raw: string,
  markedFng: boolean,
  role: Person['role'],
  dir: UserDirectory,
  poster: string | undefined,
  list: PeopleList & { poster?: boolean },
): void {
  let item = raw;
  let fng = markedFng;
  // The cheap tests first: most items hold no recruiter, no trailing punctuation, no region.
  if (RECRUITER_HINT.test(item)) item = item.replace(RECRUITER, '');
  // `G.L.O.W.` keeps its last dot; other trailing punctuation ends a sentence, not a name.
  if (TRAIL_CHAR.test(item.charAt(item.length - 1))) item = INITIALS.test(item.trimEnd()) ? item.trimEnd() : item.replace(ITEM_TRAIL, '');
  // `Welcome Week` is a name; `welcome Daunte` welcomes one.
  const keyed = item;
  let key = dir.keyOf(item);
  const member = dir.lookupKey(key) !== undefined;
  if (!member) {
    item = item.replace(ITEM_LEAD, '').replace(LABEL_LEAD, '').replace(GUEST, '');
    if (item.includes('of') || item.includes('from')) item = item.replace(FROM_REGION, '');
    item = item.replace(YHC_BEFORE_NAME, '').replace(RESPECT_SUFFIX, '');
  }
  if (!item || ROLE_ONLY.test(item)) return;
  if (VAGUE.test(item)) {
    // `PAX: 12 HIMs` is a count; `3 others` are people nobody named, counted without names.
    const total = HEADCOUNT.exec(item);
    if (total) list.number ??= Number(total[1]);
    const others = UNNAMED_OTHERS.exec(item);
    if (others) list.others += /couple/i.test(others[1]!) ? 2 : (readNumber(others[1]!) ?? 0);
    return;
  }
  const unnamed = UNNAMED_FNGS.exec(item);
  if (unnamed) {
    list.fngs += readNumber(unnamed[1]!) ?? 0;
    return;
  }
  if (FNG_WORD.test(item)) {
    // An `FNG` standing alone in a list is a first-timer nobody named.
    list.fngs += 1;
    return;
  }
  // `2 Wheel` is a member's name, not two of Wheel.
  const lead = member ? null : LEADING_NUMBER.exec(item);
  if (lead) {
    item = item.slice(lead[0].length);
    // `FNGs: 1 None`: an app's count of what was typed after it, and nobody was.
    const rest = dir.keyOf(item);
    if (NOT_PEOPLE.has(rest) && dir.lookupKey(rest) === undefined) return;
    list.number ??= Number(lead[1]);
  }
  if (item !== keyed) key = dir.keyOf(item);
  const unknown = dir.lookupKey(key) === undefined;
  if (JUST_NUMBER.test(item) || (item.length <= 9 && NUMBER_WORD.test(item) && unknown)) {
    list.number ??= readNumber(item);
    return;
  }
  // `Nope` and `More` are F3 names too: a member's name is never a filler word.
  if (!key || (NOT_PEOPLE.has(key) && dir.lookupKey(key) === undefined)) return;
  if (POSTER.has(key)) {
    if ('poster' in list) list.poster = true;
    if (poster) {
      addPerson(list.people, poster, dir.displayName(poster), fng);
      mark(list.people[list.people.length - 1]!, fng, role);
    }
    return;
  }
  if (unknown && (FNG_PREFIX.test(item) || FNG_SUFFIX.test(item))) {
    fng = true;
    item = item.replace(FNG_PREFIX, '').replace(FNG_SUFFIX, '');
  }
  // `Quinn aka G.L.O.W.`: the name after `aka` is the F3 name, unless the first is a member's.
  const aka = AKA.exec(item);
  if (aka && dir.lookupKey(dir.keyOf(aka[1]!)) === undefined) item = aka[2]!;
  let written: string | undefined;
  const roleWord = unknown && !role ? (ROLE_PREFIX.exec(item) ?? (endsWithQ(item) ? ROLE_SUFFIX.exec(item) : null)) : null;
  if (roleWord) {
    written = item;
    role = /co/i.test(roleWord[1]!) ? 'coq' : 'q';
    item = roleWord.index === 0 ? item.slice(roleWord[0].length) : item.slice(0, roleWord.index);
  }
  if (!member && DESCRIPTION.test(item)) return;
  const from = list.people.length;
  // Each @ starts a person: `@Captain Crunch@Stock boy`.
  for (const part of item.split('@')) names(words(part), fng, dir, list.people);
  const first = list.people[from];
  if (first && role) first.role = role;
  if (first && written) first.roleWritten = written;
}

/** Whether a text ends in `q` or `qic`, as a role word after a name does (ROLE_SUFFIX). */
function endsWithQ(text: string): boolean {
  const last = text.charCodeAt(text.length - 1) | 0x20;
  return last === 0x71 || last === 0x63;
}

function mark(person: Person, fng: boolean, role: Person['role']): void {
  if (fng) person.fng = true;
  if (role) person.role = role;
}

/** What a bracketed note says of the person before it: FNG, Q, Co-Q, or nothing we keep. */
function noteMark(note: string): string {
  if (NAMES_IN_NOTE.test(note) && !FNG_NOTE.test(note) && !REMARK_START.test(note)) return `, ${note},`;
  // `@Slice (Co-Q @Doppler)` names a person of its own.
  const coq = COQ_NAMED.exec(note);
  if (coq) return `, ${coq[1]} ${COQ_MARK},`;
  if (FNG_NOTE.test(note)) return ` ${FNG_MARK} `;
  const key = note.toLowerCase().replace(NOTE_KEY, '');
  // `(YHC/QIC)`: one of the words says he led.
  if (Q_NOTES.has(key) || (note.includes('/') && note.split('/').some((w) => Q_NOTES.has(w.toLowerCase().replace(NOTE_KEY, ''))))) {
    return ` ${Q_MARK} `;
  }
  if (COQ_NOTES.has(key)) return ` ${COQ_MARK} `;
  return ' ';
}

/** The word that joined two items in the text (`and`, `&`), for the name as written. */
function joinerAfter(text: string, item: string, next: string): string {
  const at = text.indexOf(item);
  const between = at < 0 ? '' : text.slice(at + item.length, text.indexOf(next, at + item.length)).trim();
  return between || 'and';
}

// A list of bare mentions between spaces and commas: `<@U1> <@U2>, <@U3>`, the most common list of all.
const MENTIONS_ONLY = /^[\s,]*(?:<@[UW][A-Z0-9]+>[\s,]*)+$/;

/**
 * The members of a list of bare mentions, in order, as the general reading below gives them, or null
 * for any other list. `<@WITH>` is left to that reading: SEPARATOR splits at its `with`.
 */
function mentionsOnly(value: string, dir: UserDirectory): Person[] | null {
  if (!value.startsWith('<@') || !MENTIONS_ONLY.test(value)) return null;
  const people: Person[] = [];
  for (let at = value.indexOf('<@'); at !== -1; at = value.indexOf('<@', at + 2)) {
    const id = value.slice(at + 2, value.indexOf('>', at));
    if (id === 'WITH') return null;
    addPerson(people, id, dir.displayName(id), false);
  }
  return people;
}

/** Reads a people list: each person in the order written, with FNG marks and any bare number. */
export function readPeople(value: string, dir: UserDirectory, poster: string | undefined): PeopleList {
  const list: PeopleList = { people: [], number: null, fngs: 0, others: 0 };
  if (!value) return list;
  const mentioned = mentionsOnly(value, dir);
  if (mentioned) {
    list.people = mentioned;
    return list;
  }
  const counted = COUNT_FIRST.exec(value);
  if (counted) list.number = Number(counted[1]);
  let text = value;
  if (text.includes('(') || text.includes('[')) {
    if (FNG_ANYWHERE.test(text)) text = text.replace(FNG_BRACKETED, 'FNG $1');
    const notes = (t: string) => t.replace(ANNOTATION, (_m, a?: string, b?: string) => noteMark(a ?? b ?? ''));
    text = notes(text);
    // A list in brackets may hold remarks of its own: `[Mad Cow, Snoop (QIC)]`.
    if (text.includes('(')) text = notes(text);
    text = text
      .replace(UNCLOSED, (_m, inside: string) => (inside.includes(',') ? inside.slice(inside.indexOf(',')) : ' '));
  }
  if (FNG_ANYWHERE.test(text)) text = text.replace(DASHED_FNG, ` ${FNG_MARK}`);
  if (text.includes('/')) text = text.replace(NOT_APPLICABLE, ' none ');
  if (text.includes(':')) text = text.replace(GROUP_LABEL, (m, label: string) => (ROLE_LABEL.test(label) ? m : ','));
  if (text.includes('<')) {
    if (text.includes('<#') || text.includes('<!') || text.includes('<http')) text = text.replace(OTHER_TOKEN, ' ');
    if (text.includes('<@')) text = text.replace(USER_MENTIONS, `,${MENTION_MARK}$1,`);
  }
  // `and QIC – Checkbook`: a role word and a dash before the name it gives.
  if (text.includes('-')) text = text.replace(ROLE_DASH, '$1 ');
  const items = text.split(SEPARATOR);
  const joined = items.length > 1 && JOINED.test(text);
  for (let i = 0; i < items.length; i++) {
    let item = items[i]!.trim();
    if (!item) continue;
    // `Frank and Beans`, `Boyz & Men`: two items that together name one member are one.
    const next = joined ? items[i + 1]?.trim() : undefined;
    if (next && dir.lookupKey(dir.keyOf(item)) === undefined) {
      const joined = `${item} ${joinerAfter(text, item, next)} ${next}`;
      if (typeof dir.lookupKey(dir.keyOf(joined)) === 'string') {
        item = joined;
        i++;
      }
    }
    readItem(item, dir, poster, list);
  }
  return list;
}
