// Field labels, header keywords and moleskin headings, on normalised lines (see text.ts).

export type FieldKind = 'date' | 'ao' | 'q' | 'coq' | 'pax' | 'fng' | 'count' | 'time' | 'hc';

export interface Field {
  kind: FieldKind;
  /** The label as written, lower case: `where`, `the pax`. */
  label: string;
  value: string;
  /** What stood in brackets after the label, e.g. `12` in `PAX (12):`. */
  note: string;
}

const LABELS: Record<FieldKind, string[]> = {
  date: ['date', 'when', 'date/time', 'date & time', 'date and time', 'workout date', 'bd date'],
  ao: ['ao', 'a.o.', 'a.o', 'where', 'location', 'ao/location', 'ao location', 'site', 'workout location'],
  q: [
    'q', 'qs', "q's", 'q(s)', 'qic', 'vq', 'the q', 'q/co-q', 'q/coq', 'q/co-qs', 'qs/co-qs', 'q & co-q', 'q and co-q',
    'q in charge', 'qs in charge', 'led by',
  ],
  coq: ['co-q', 'coq', 'co-qs', 'coqs', "co-q's", 'co q', 'co qs', 'co-q(s)', 'coq(s)', 'co-qic'],
  pax: [
    'pax', 'the pax', 'pax names', 'pax name', 'pax list', 'pax present', 'pax in attendance',
    'hims', "him's", 'the hims', 'attendance', 'attendees', 'attending', 'pax attending', 'name-o-rama',
    'nameorama', 'namearama', 'name-a-rama', 'pax cont', 'pax contd', "pax cont'd", 'pax continued', 'more pax',
    'visiting pax', 'visitors', 'downrange pax', 'hims in attendance', 'non-slack pax', 'non slack pax', 'other pax',
  ],
  fng: [
    'fng', 'fngs', "fng's", 'fng(s)', 'fng names', 'fng name', 'new guys', 'fng count', '# fngs', '# fng', '#fngs',
    '# of fngs', 'number of fngs', 'no. of fngs', 'total fngs',
  ],
  count: [
    'count', 'total', '# pax', '#pax', '# of pax', 'number of pax', 'no. of pax', 'count-o-rama',
    'countorama', 'count-a-rama', 'countarama', 'count o rama', 'total attendees', 'total attendance',
    'total pax', 'pax count', 'head count', 'headcount', 'total count', 'pax total', 'total hims', '# hims',
    '# of hims', 'number of hims', 'him count',
  ],
  time: ['time', 'start time', 'times'],
  hc: ['hc', 'hcs', "hc's", 'hard commit', 'hard commits', 'hard commitments', 'hard committed', 'sc', 'soft commits', 'soft commit'],
};

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s*').replace(/-/g, '\\s*-\\s*');
}

const BY_LABEL = new Map<string, FieldKind>();
for (const [kind, labels] of Object.entries(LABELS) as [FieldKind, string[]][]) {
  for (const label of labels) BY_LABEL.set(label.replace(/[\s-]/g, ''), kind);
}
const ALTERNATION = [...Object.values(LABELS).flat()]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');

// A field at the start of a line: label, optional (note), then `:`, `=`, a dash with a space on
// one side (so `ao-foundry` and `Q-Source` are no fields), or a space before a mention, a channel or
// a number.
const AT_START = new RegExp(
  `^(${ALTERNATION})(?:\\s*[([]([^)\\]]*)[)\\]])?\\s*(?:[:=|]\\s*|-(?:\\s+|$)|(?<=\\s)-|\\s+(?=@|<[@#]|#|~?\\d))(.*)$`,
  'i',
);
// A further field on the same line (fields run together): needs a colon.
const MID_LINE = new RegExp(`(?:^|\\s)(${ALTERNATION})(?:\\s*[([][^)\\]]*[)\\]])?\\s*:`, 'gi');
const LABEL_KEY = /[\s-]/g;
const RAMA = /rama$/i;
// Most lines start with a word no label starts with: they skip the big regex.
const FIRST_WORD = /^(?:#|[a-z'.]+)/i;
const LABEL_STARTS = new Set(Object.values(LABELS).flat().map((l) => (l.startsWith('#') ? '#' : FIRST_WORD.exec(l)![0])));

function kindOf(label: string): FieldKind | undefined {
  const lower = label.toLowerCase();
  return BY_LABEL.get(lower.length > 3 ? lower.replace(LABEL_KEY, '') : lower);
}

/** Splits a line at every label that follows another field on it: `Q: @A PAX: @B` → two parts. */
export function splitFields(line: string): string[] {
  const lastColon = line.lastIndexOf(':');
  if (lastColon < 0) return [line];
  // Every label found ends at a colon: the text after the last one need not be scanned.
  const scanned = line.slice(0, lastColon + 1);
  const parts: string[] = [];
  let start = 0;
  MID_LINE.lastIndex = 0;
  for (let m = MID_LINE.exec(scanned); m; m = MID_LINE.exec(scanned)) {
    const at = m.index + (m[0].startsWith(' ') ? 1 : 0);
    if (at > start) {
      parts.push(line.slice(start, at).trim());
      start = at;
    }
  }
  parts.push(line.slice(start).trim());
  return parts;
}

// `A.O. Tower of Terror`, `The PAX Turban, Guano`: a label no one mistakes, glued to a capitalised value.
const GLUED = /^(a\.o\.?|the pax|workout date|workout location)\s+(?=\S)(.*)$/i;
const CAPITALISED = /^[\p{Lu}\d]/u;

/** The field a line (or a part of one) starts with. */
export function readField(part: string): Field | null {
  const first = FIRST_WORD.exec(part);
  if (!first || !LABEL_STARTS.has(first[0].toLowerCase())) return null;
  let m = AT_START.exec(part);
  if (!m) {
    const glued = GLUED.exec(part);
    if (!glued || !CAPITALISED.test(glued[2]!)) return null;
    m = [glued[0], glued[1]!, '', glued[2]!] as unknown as RegExpExecArray;
  }
  const kind = kindOf(m[1]!);
  if (!kind) return null;
  // `Count-o-rama` and `Name-o-rama` alone are steps of the workout's end, not fields.
  if (!m[3] && RAMA.test(m[1]!)) return null;
  return { kind, label: m[1]!.toLowerCase(), value: (m[3] ?? '').trim(), note: (m[2] ?? '').trim() };
}

// Headings that open the write-up: whatever follows them is moleskin, not attendance.
const MOLESKIN = new RegExp(
  '^(?:the\\s+)?(?:' +
    [
      'warm\\s*-?\\s*ups?', 'warm-?o-?rama', 'warmorama', '(?:main\\s+)?thang', 'mary', 'cot', 'circle of trust',
      'announcements?', 'moleskine?', 'disclaimer', 'stretch(?:es|ing)?', 'mosey', 'workout', 'exercises?',
      'beatdown', 'word', 'prayers?(?: requests?)?', 'ball of man', 'bom', 'naked man moleskin', 'nmm', 'tclaps',
      'comments?', 'notes?', 'summary', 'recap', 'weinke', 'weinkie', 'q\\s*-?\\s*source', 'qsource',
      '(?:1st|2nd|3rd|first|second|third)\\s+f', 'trivia',
      'the plan', 'routine', 'main event', 'cool\\s*-?\\s*down', 'closing', 'conclusion', 'thoughts', 'reflections?',
      'devotional', 'devo', 'what we did', 'wod', 'coupons?', 'round \\d+', 'set \\d+', 'part \\d+', 'circuit',
    ].join('|') +
    ')\\b',
  'i',
);

export function isMoleskinHeading(line: string): boolean {
  return MOLESKIN.test(line);
}

// `Label: value` with a short label that is none of ours (Conditions:, Weather:, Time:).
const OTHER_LABEL = /^[\p{L}#][\p{L}\p{N}'’ &/#.-]{0,24}\s*:/u;

export function isOtherLabel(line: string): boolean {
  const m = OTHER_LABEL.exec(line);
  return m !== null && m[0].split(/\s+/).length <= 4;
}

export interface Keyword {
  kind: 'backblast' | 'preblast';
  start: number;
  end: number;
}

const WORD = /[a-z]+/gi;
const JOINER = /^[\s_-]{0,2}$/;
const BACKBLAST_WORDS = new Set(['backblast', 'slackblast', 'sackblast', 'slackbast', 'backbalst', 'sackdraft', 'backblasr']);

/** Optimal string alignment distance, stopping early once it exceeds `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

// One edit leaves either the start or the end of the keyword intact, so a word that holds none
// of these cannot be within one edit of it: most words skip the distance computation.
const KEYWORD_PARTS = /back|slac|last|pre|ast/;
// A line holding none of these holds no keyword (see KEYWORD_PARTS and BACKBLAST_WORDS).
const KEYWORD_HINT = /back|slac|ast|pre|draft|balst|blasr/i;

function classify(word: string): Keyword['kind'] | null {
  if (word.length < 7 || word.length > 11) return null;
  if (BACKBLAST_WORDS.has(word)) return 'backblast';
  if (!KEYWORD_PARTS.test(word)) return null;
  if (word === 'preblast' || distance(word, 'preblast', 1) <= 1) return 'preblast';
  if (distance(word, 'backblast', 1) <= 1 || distance(word, 'slackblast', 1) <= 1) return 'backblast';
  return null;
}

/** The first backblast or preblast keyword in a normalised line, typos and spacing forgiven. */
export function findKeyword(line: string): Keyword | null {
  if (!KEYWORD_HINT.test(line)) return null;
  // Words are read as they are tried, one ahead (a pair may make the keyword): a keyword at the start
  // of a long line does not wait for the rest of it to be split into words.
  WORD.lastIndex = 0;
  for (let a = nextWord(line), b = a && nextWord(line); a; a = b, b = a && nextWord(line)) {
    if (b && JOINER.test(line.slice(a.end, b.start))) {
      const kind = classify(a.w + b.w);
      if (kind && a.w.length >= 3 && b.w.length >= 4) return { kind, start: a.start, end: b.end };
    }
    const kind = classify(a.w);
    if (kind) return { kind, start: a.start, end: a.end };
  }
  return null;
}

/** The next word of `line` after WORD's lastIndex, lower case, with where it stands. */
function nextWord(line: string): { w: string; start: number; end: number } | null {
  const m = WORD.exec(line);
  return m ? { w: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length } : null;
}
