// Markup normalisation: turns one line of Slack mrkdwn, as Qs type it, into plain text.
// Slack tokens (<@U…>, <#C…|name>) survive untouched.

const ENTITY = /&(amp|lt|gt|quot|nbsp|#39|apos);/g;
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  nbsp: ' ',
  '#39': "'",
  apos: "'",
};
/** Code points, alone or as [first, last] ranges. */
type CodePoints = (number | [number, number])[];
const INVISIBLE: CodePoints = [[0x200b, 0x200d], 0x2060, 0xfeff, 0x00ad, 0x180e];
const ODD_SPACE_CHARS: CodePoints = [0x00a0, 0x1680, [0x2000, 0x200a], 0x202f, 0x205f, 0x3000, 0x09, 0x0d];
const SINGLE_QUOTE: CodePoints = [0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x00b4, 0x60];
const DOUBLE_QUOTE: CodePoints = [0x201c, 0x201d, 0x201e, 0x201f, 0x2033];
const DASH: CodePoints = [[0x2010, 0x2015], 0x2212, 0xfe58, 0xfe63, 0xff0d];
const FULLWIDTH_COLON: CodePoints = [0xff1a, 0xfe55];
const ODD_SPACE = new RegExp(`[${ODD_SPACE_CHARS.map((c) => (typeof c === 'number' ? hex(c) : `${hex(c[0])}-${hex(c[1])}`)).join('')}]`, 'g');
const PICTOGRAPH = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\ufe0e\ufe0f\u20e3]/u;

function hex(c: number): string {
  return `\\u${c.toString(16).padStart(4, '0')}`;
}

/** What typography turns a character into: invisible ones go, odd spaces, quotes, dashes and colons become ASCII. */
const TYPOGRAPHY = new Map<number, string>();
for (const [points, replacement] of [
  [INVISIBLE, ''],
  [ODD_SPACE_CHARS, ' '],
  [SINGLE_QUOTE, "'"],
  [DOUBLE_QUOTE, '"'],
  [DASH, '-'],
  [FULLWIDTH_COLON, ':'],
] as const) {
  for (const c of points) {
    const [first, last] = typeof c === 'number' ? [c, c] : c;
    // Earlier groups win.
    for (let cp = first; cp <= last; cp++) if (!TYPOGRAPHY.has(cp)) TYPOGRAPHY.set(cp, replacement);
  }
}
/** Other characters: a pictograph (emoji) becomes a space, the rest stay; answers kept per code point. */
const PICTOGRAPHS = new Map<number, boolean>();
function isPictograph(cp: number): boolean {
  let answer = PICTOGRAPHS.get(cp);
  if (answer === undefined) {
    if (PICTOGRAPHS.size >= 10_000) PICTOGRAPHS.clear();
    PICTOGRAPHS.set(cp, (answer = PICTOGRAPH.test(String.fromCodePoint(cp))));
  }
  return answer;
}

/**
 * Typography in one pass over the code points: invisible characters go, odd spaces, quotes, dashes and
 * colons become ASCII, pictographs a space. A loop: the one `u` regex doing this tested every character
 * against the whole pictograph class.
 */
function typography(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80 && c !== 0x60 && c !== 0x09 && c !== 0x0d) continue;
    let cp = c;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const low = s.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = (c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    const replacement = TYPOGRAPHY.get(cp) ?? (isPictograph(cp) ? ' ' : null);
    if (replacement !== null) {
      out += s.slice(from, i) + replacement;
      from = i + width;
    }
    i += width - 1;
  }
  return from === 0 ? s : out + s.slice(from);
}
// Emoji shortcodes are lower case and hold at least one letter, so times like 05:30: stay.
const SHORTCODE = /:[a-z0-9_+'-]*[a-z][a-z0-9_+'-]*:/g;
// At the start of a line any shortcode is an emoji, digits only too (`:1234: Count: 12`).
const LEADING_SHORTCODES = /^[\s*_>•-]*(?::[a-z0-9_+'-]+:\s*)+/;
// A keycap emoji (`#️⃣`, `1️⃣`) is a character, an optional variation selector and U+20E3: all of it goes.
const KEYCAP = /[#*0-9]\ufe0f?\u20e3/g;
const BOLD_STRIKE = /[*~]/g;
// `_` is italic markup unless it sits between two letters or digits (ao_the_grind, stock_boy).
const ITALIC = /(^|[^\p{L}\p{N}])_+|_+(?=[^\p{L}\p{N}]|$)/gu;
const LEADING = /^[\s>•·◦‣▪▫●○■□➢➤►▶✓✔☐☑+-]+/;
const SPACES = /\s{2,}/g;
const NON_ASCII = /[^\x00-\x7f]/;
const NEEDS_WORK = /[&\u0080-\uffff*_~:\t\r>•·-]/;

const LEAD_CHARS = ' *_>•-';

/** Whether a colon comes before any other character but spaces, bullets and markup (a shortcode may). */
function opensWithColon(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === ':') return true;
    if (!LEAD_CHARS.includes(c)) return false;
  }
  return false;
}

/** One line of message text, markup and typography removed, spaces collapsed, trimmed. */
export function normaliseLine(raw: string): string {
  let s = raw;
  if (NEEDS_WORK.test(s)) {
    if (s.includes('&')) s = s.replace(ENTITY, (_m, e: string) => ENTITIES[e] ?? '');
    if (NON_ASCII.test(s)) {
      if (s.includes('\u20e3')) s = s.replace(KEYCAP, ' ');
      s = typography(s);
    } else if (s.includes('\t') || s.includes('\r')) {
      s = s.replace(ODD_SPACE, ' ');
    }
    if (s.includes(':')) {
      if (opensWithColon(s)) s = s.replace(LEADING_SHORTCODES, ' ');
      // A shortcode needs two colons; most lines with one are `Label: value`.
      const colon = s.indexOf(':');
      if (colon >= 0 && s.includes(':', colon + 1)) s = s.replace(SHORTCODE, ' ');
    }
    if (s.includes('*') || s.includes('~')) s = s.replace(BOLD_STRIKE, '');
    if (s.includes('_')) s = s.replace(ITALIC, '$1');
    s = s.replace(LEADING, '');
  } else if (s.startsWith(' ') || s.startsWith('+')) {
    s = s.replace(LEADING, '');
  }
  return s.includes('  ') ? s.replace(SPACES, ' ').trim() : s.trim();
}

/** Whether a character code is white space as `\s` has it. */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** How many pieces `text.split(/\s+/)` gives (a word count), without making them: one more than the runs of white space. */
export function pieceCount(text: string): number {
  let n = 1;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (space && !inSpace) n++;
    inSpace = space;
  }
  return n;
}

const COMBINING = /[\u0300-\u036f]/g;
const NOT_KEY = /[^a-z0-9]/g;

/** Comparison key for names: case, accents, spaces, apostrophes and punctuation ignored. */
export function nameKey(name: string): string {
  let s = name.toLowerCase();
  // One scan decides what else is needed: most keys are ASCII, many already bare letters and digits.
  let bare = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f) {
      s = s.normalize('NFD').replace(COMBINING, '');
      bare = false;
      break;
    }
    if (bare && !((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) bare = false;
  }
  return bare ? s : s.replace(NOT_KEY, '');
}

/** Splits a message into lines. */
export function lines(text: string): string[] {
  return text.split('\n');
}
