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
const INVISIBLE = '[\\u200b-\\u200d\\u2060\\ufeff\\u00ad\\u180e]';
const ODD_SPACE_CHARS = '[\\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000\\t\\r]';
const ODD_SPACE = new RegExp(ODD_SPACE_CHARS, 'g');
const SINGLE_QUOTE = '[\\u2018\\u2019\\u201a\\u201b\\u2032\\u00b4`]';
const DOUBLE_QUOTE = '[\\u201c\\u201d\\u201e\\u201f\\u2033]';
const DASH = '[\\u2010-\\u2015\\u2212\\ufe58\\ufe63\\uff0d]';
const FULLWIDTH_COLON = '[\\uff1a\\ufe55]';
const PICTOGRAPH = '[\\p{Extended_Pictographic}\\u{1F1E6}-\\u{1F1FF}\\u{1F3FB}-\\u{1F3FF}\\ufe0e\\ufe0f\\u20e3]';
// Typography in one pass instead of one per kind: invisible characters go, odd spaces, quotes, dashes
// and colons become ASCII, pictographs a space. Earlier groups win, as the separate passes did.
const TYPOGRAPHY = new RegExp(
  `(${INVISIBLE})|(${ODD_SPACE_CHARS})|(${SINGLE_QUOTE})|(${DOUBLE_QUOTE})|(${DASH})|(${FULLWIDTH_COLON})|${PICTOGRAPH}`,
  'gu',
);
function typography(_m: string, invisible?: string, space?: string, single?: string, double?: string, dash?: string, colon?: string): string {
  if (invisible) return '';
  if (space) return ' ';
  if (single) return "'";
  if (double) return '"';
  if (dash) return '-';
  if (colon) return ':';
  return ' ';
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
      s = s.replace(TYPOGRAPHY, typography);
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
