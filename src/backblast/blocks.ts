// The block of fields under a backblast's keyword line, read one line at a time: which lines are
// fields, which continue a list, and where the header ends and the moleskin begins.

import { isMoleskinHeading, isOtherLabel, readField, splitFields, type Field, type FieldKind } from './labels.js';
import { pieceCount } from './text.js';

/** Whether a short text names a known person; lets a list run on over a line without a comma. */
export type NameTest = (text: string) => boolean;

const ATTENDANCE = new Set<FieldKind>(['q', 'coq', 'pax', 'fng', 'count']);
const SINGLE = new Set<FieldKind>(['q', 'date', 'count', 'ao']);
const LISTS = new Set<FieldKind>(['q', 'coq', 'pax', 'fng']);
export const DATE_OR_TIME_LINE =
  /^[\s\d/.:,@-]*(?:am|pm|a\.m\.|p\.m\.)?[\s\d/.:,@-]*$|^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+[\d/.-]+/i;
export const HASHTAGS_LINE = /^(?:#[\p{L}\p{N}_-]+\s*)+$/u;
const STARTS_WITH_MENTION = /^(?:<@|@)/;
const OPEN_END = /(?:[,&+]|\band)\s*$/i;
const QUESTION = /\?(?:\s|$)/;
const COUNT_SUM = /[(+=]/;
const TEAM_LINE = /^[^\p{L}\p{N}<@]*([^:<@\n]{1,40}?)\s*:\s+(\S.*)$/u;
const RAMA_COUNT = /rama$/;
const LEADING_COUNT = /^\s*~?\d/;
const RAMA_LINE = /^[a-z' -]{0,20}rama\b[\s!.]*$/i;
const DESCRIBED = /\s+-\s+/;
const NOTES = /\s*(?:\([^)]*\)|\[[^\]]*\])\s*/g;
// `Oct 5 | AO – Iron Mountain | 58°` and `The Grind · Oct 5`: fields and dates between separators.
const SEGMENTS = /\s+[|·]\s+|\s*\|\s*/;
// Names running on over a line: items of a few words without digits, colons or sentence ends.
const NAME_ITEMS = /\s*(?:,|&|\band\b)\s*/i;
const NOT_NAMES = /[\d:;?!]|\.\s*$/;
const COUNTED_LIST_HINT = /\d\s+(?:pax|hims)\b|\bpax\s+(?:were|present|in attendance|included)\s*:|[.:!]\s+pax\s*[:-]\s/i;
const SENTENCE_END = /\.\s+(?=[A-Z][a-z]+\s+[a-z])/;
// `PAX were: A, B, C`: the list named in a sentence.
// `Thanks to those that joined: PAX- A, B`: the label after a clause.
const PAX_WERE = /(?:\bpax\s+(?:were|present|in attendance|included)\s*:|[.:!]\s+pax\s*(?::|-))\s+(.+)$/i;
// `Pax that followed through on their commitment: A, B`: the PAX described in a clause.
const PAX_WHO = /^(?:the\s+)?pax\s+(?:that|who)\s+([^:]{1,100}):\s+(\S.*)$/i;
const NOT_THERE = /\b(?:fail|didn'?t|did not|couldn'?t|could not|missed|skipped|bailed|stayed|will|plan|going to|are in|want|can)\b/i;
// `@Aloha @Banks @Da Vinci`: mentions typed one after another, each a person.
const MENTION_RUN = /\s+(?=@)/g;
// `24 PAX gathered: A, B`, `8 PAX (1 FNG) - A, B`.
// `24 PAX gathered for a humid beatdown, RW&B: A, B`: a longer clause may end in a one-word label.
const COUNTED_LIST = /(?:^|\s)(\d{1,3})\s+(?:pax|hims)\b([^:]{0,30}?|[^:]{0,60},\s*[^\s,:]{1,12})\s*(?::|\s-)\s+(.+)$/i;

/** A `Q:` line that is really a question (trivia), or prose: not a field. */
function proseValue(field: Field): boolean {
  const v = field.value;
  // `Count: 12 is a record for the Grind` is a sentence about a count.
  if (field.kind === 'count') return pieceCount(v) > 6 && !COUNT_SUM.test(v);
  if (!LISTS.has(field.kind)) return false;
  if (QUESTION.test(v)) return true;
  return v.length > 40 && pieceCount(v) > 12 && !v.includes(',') && !v.includes(';') && !v.includes('@');
}

/** A line that reads as names rather than prose: has commas or @s, or is a few words. */
function listLike(line: string): boolean {
  return line.includes(',') || line.includes('@') || pieceCount(line) <= 4;
}

/** A line of plain names continuing a list: short items, most of them people we know. */
function namesLine(line: string, isName: NameTest | undefined): boolean {
  if (!isName || NOT_NAMES.test(line)) return false;
  const items = line.split(NAME_ITEMS).filter(Boolean);
  if (items.length < 2 || items.some((i) => pieceCount(i) > 3)) return false;
  return items.filter((i) => isName(i)).length * 2 >= items.length;
}

// What a value on the line under its label looks like: a count has a number, a date a digit,
// month or day word, an AO a few words or a channel.
const COUNT_VALUE = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|twenty|thirty)\b/i;
const DATE_VALUE = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|yesterday)/i;

function valueLike(kind: FieldKind, line: string): boolean {
  if (kind === 'count') return COUNT_VALUE.test(line);
  if (kind === 'date') return DATE_VALUE.test(line);
  return line.startsWith('#') || line.startsWith('<#') || pieceCount(line) <= 5;
}

// `Ruckers: A, B`, `Respects: C`: more attendees under a label of the region's own, beside the PAX.
const GROUP = /^([\p{L}][\p{L}\p{N}' &/.-]{0,24}?)\s*(?:\((\d+)\))?\s*:\s*(\S.*)$/u;
const MENTIONS = /<@[^>]*>/g;
// Labels of people who were not there, or of what is not attendance.
const NOT_ATTENDING =
  /fart|sack|\bmia\b|missing|absent|no.?shows?|injur|\bir\b|\bout\b|\bhc|\bsc\b|soft|hard|pray|next|upcoming|tomorrow|sign.?up|open|shout|thank|congrat|birthday|bday|q.?source|announce/i;

/** A line giving more attendees under another label, when most of its items are people we know. */
function groupOf(line: string, isName: NameTest | undefined): Field | null {
  const m = GROUP.exec(line);
  if (!m || !isName || NOT_ATTENDING.test(m[1]!) || isMoleskinHeading(m[1]!)) return null;
  const value = m[3]!;
  if (NOT_NAMES.test(value.replace(MENTIONS, '@'))) return null;
  const items = value.split(NAME_ITEMS).filter(Boolean);
  if (items.some((i) => !i.includes('@') && pieceCount(i) > 3)) return null;
  const known = items.filter((i) => i.includes('<@') || isName(i)).length;
  if (known * 2 < items.length) return null;
  return { kind: 'pax', label: m[1]!.toLowerCase(), value, note: m[2] ?? '' };
}

/** A list value that reads as names: each item a mention or a few words, no question or sentence. */
function namesValue(field: Field): boolean {
  if (!LISTS.has(field.kind)) return true;
  if (QUESTION.test(field.value) || /\.\s*$/.test(field.value)) return false;
  return field.value.split(NAME_ITEMS).every((i) => i.includes('@') || pieceCount(i) <= 3);
}

export function fieldsOf(line: string): Field[] | null {
  const whole = readField(line);
  if (!whole) return null;
  // Another field on the line needs a colon after its label, so in the value.
  if (!whole.value.includes(':')) return proseValue(whole) ? null : [whole];
  const parts = splitFields(line);
  const first = readField(parts[0]!);
  if (!first || proseValue(first)) return null;
  const out = [first];
  for (const part of parts.slice(1)) {
    const f = readField(part);
    if (f) out.push(f);
    else out[out.length - 1]!.value += ' ' + part;
  }
  return out;
}

/**
 * Collects fields in blocks. The first block holding attendance is the header's; when it names
 * no Q or no PAX, a later block may still give them (`Name-o-rama: …` at the end of the write-up).
 */
export class Blocks {
  readonly fields: Field[] = [];
  block: Field[] = [];
  /** The list field a following line may continue (`PAX:` then names on the next lines). */
  open: Field | null = null;
  /** The open field's label stood alone: names follow one per line. */
  listing = false;
  /** A date, AO or count label standing alone: its value is on the next line. */
  pending: Field | null = null;
  blank = false;
  anyField = false;
  /** A line of names under the title before any field: the PAX when no PAX line comes. */
  unlabelled = '';
  readonly hints: string[] = [];
  /** The lines `unlabelled` was made of, when it is a run of names one a line. */
  unlabelledLines: string[] = [];
  private run: string[] = [];

  constructor(private readonly isName?: NameTest) {}

  /** Names one a line (bullets) before any field: three or more, most of them people we know. */
  private nameRun(line: string): void {
    if (this.blank) this.run = [];
    this.blank = false;
    this.run.push(line);
    const isName = this.isName;
    if (!isName || this.run.length < 3 || (this.unlabelled && this.unlabelledLines.length === 0)) return;
    if (this.unlabelledLines.length > 0 && this.unlabelledLines[0] !== this.run[0]) return;
    // `Grinder – TANKED and was an early HC`: a name, a dash, a word about him; then every name must be known.
    const described = this.run.some((l) => DESCRIBED.test(l));
    const names = this.run.map((l) => (described ? l.split(DESCRIBED)[0]!.replace(/[!.,]+$/, '') : l));
    const bare = names.map((l) => l.replace(NOTES, ' ').trim());
    if (bare.some((n) => !n || NOT_NAMES.test(n) || pieceCount(n) > 3)) return;
    const known = bare.filter((n) => isName(n)).length;
    if (described ? known < bare.length : known * 2 < bare.length) return;
    this.unlabelledLines = [...this.run];
    this.unlabelled = names.join(', ');
  }

  take(found: Field[]): void {
    this.block.push(...found);
    this.anyField = true;
    const tail = found[found.length - 1]!;
    this.open = LISTS.has(tail.kind) ? tail : null;
    this.listing = this.open !== null && tail.value === '';
    this.pending = this.open === null && tail.value === '' ? tail : null;
    this.blank = false;
  }

  /** Ends the current block; true when the header is complete. */
  close(): boolean {
    const has = (kind: FieldKind) => this.fields.some((g) => g.kind === kind);
    if (!this.fields.some((f) => ATTENDANCE.has(f.kind))) {
      const attendance = this.block.some((f) => ATTENDANCE.has(f.kind));
      for (const f of this.block) if (attendance || !has(f.kind)) this.fields.push(f);
    } else if (this.block.some((f) => (f.kind === 'q' || f.kind === 'pax') && !has(f.kind) && f.value && namesValue(f))) {
      // A later block only fills what the header left out, and only with names, never prose.
      const missing = this.block.filter((f) => !has(f.kind) && namesValue(f));
      this.fields.push(...missing);
    } else if (!has('count')) {
      // `Count-o-rama: 38` in the COT: the count the header left out.
      const rama = this.block.find((f) => f.kind === 'count' && RAMA_COUNT.test(f.label) && LEADING_COUNT.test(f.value));
      if (rama) this.fields.push(rama);
    }
    this.block = [];
    this.open = null;
    this.pending = null;
    return has('q') && has('pax');
  }

  segments(line: string): Field[] | null {
    return segmentFields(line, this.hints);
  }

  /** `… given to 8 PAX (1 FNG) - A, B and C.`: a count and a list inside a sentence, when no PAX line came yet. */
  sentence(line: string): Field[] | null {
    const who = PAX_WHO.exec(line);
    // `Pax that failed to live up to their commitment: …` names the men who did not come.
    if (who) return NOT_ATTENDING.test(who[1]!) || NOT_THERE.test(who[1]!) ? null : [{ kind: 'pax', label: 'pax', value: who[2]!, note: '' }];
    if (!COUNTED_LIST_HINT.test(line)) return null;
    if (this.fields.some((f) => f.kind === 'pax') || this.block.some((f) => f.kind === 'pax')) return null;
    const m = COUNTED_LIST.exec(line);
    const named = m ? null : PAX_WERE.exec(line);
    // The list ends with its sentence (`Dr. Evil` is a name, `. Thanks to Duvet` is the next sentence).
    const list = (m?.[3] ?? named?.[1])?.split(SENTENCE_END)[0]!.replace(/\.\s*$/, '').replace(MENTION_RUN, ', ');
    if (!list) return null;
    const items = list.split(NAME_ITEMS).filter(Boolean);
    if (items.length < 2 || items.some((i) => pieceCount(i) > 5)) return null;
    // Without a count, only names: `PAX were: 10 burpees, 20 squats` is the workout.
    if (named) return items.some((i) => /\d/.test(i)) ? null : [{ kind: 'pax', label: 'pax', value: list, note: '' }];
    return [
      { kind: 'count', label: 'pax', value: m![1]!, note: '' },
      { kind: 'pax', label: 'pax', value: list, note: m![2]!.trim() },
    ];
  }

  /** Feeds one non-blank line after the keyword line; true when the header is complete. */
  feed(line: string, loose: string[]): boolean {
    const found = fieldsOf(line) ?? this.segments(line) ?? this.sentence(line);
    if (found) {
      const kind = found[0]!.kind;
      if (SINGLE.has(kind) && this.block.some((f) => f.kind === kind) && this.close()) return true;
      this.take(found);
      return false;
    }
    if (isMoleskinHeading(line)) return this.block.length > 0 && this.close();
    const pending = this.pending;
    if (pending && !this.blank && valueLike(pending.kind, line)) {
      pending.value = line;
      this.pending = null;
      return false;
    }
    const open = this.open;
    // `💨 Been There, Dusted That: Ramsay, Track Star`: a team's label before its names.
    const team = open && this.listing ? TEAM_LINE.exec(line) : null;
    const names = team && !this.isName?.(team[1]!) ? team[2]! : line;
    if (
      open &&
      (this.listing
        ? listLike(names) && (!this.blank || !open.value || namesLine(names, this.isName))
        : !this.blank && (STARTS_WITH_MENTION.test(line) || OPEN_END.test(open.value) || namesLine(line, this.isName)))
    ) {
      open.value += (open.value ? ', ' : '') + names;
      this.blank = false;
      return false;
    }
    if (this.block.length === 0) {
      if (!this.anyField) {
        loose.push(line);
        if (!this.unlabelled && line.includes(',') && namesLine(line, this.isName)) this.unlabelled = line;
        this.nameRun(line);
      }
      return false;
    }
    const group = this.block.some((f) => f.kind === 'pax') ? groupOf(line, this.isName) : null;
    if (group) {
      this.take([group]);
      return false;
    }
    if (DATE_OR_TIME_LINE.test(line) || HASHTAGS_LINE.test(line) || RAMA_LINE.test(line) || isOtherLabel(line)) {
      this.open = null;
      return false;
    }
    return this.close();
  }
}

/** Fields between separators of a line that does not start with one; the rest are hints. */
function segmentFields(line: string, hints: string[]): Field[] | null {
  if (!line.includes('|') && !line.includes('·')) return null;
  const parts = line.split(SEGMENTS);
  const fields: Field[] = [];
  const rest: string[] = [];
  for (const part of parts) {
    const found = part ? fieldsOf(part) : null;
    if (found) fields.push(...found);
    else if (part) rest.push(part);
  }
  if (fields.length === 0) return null;
  hints.push(...rest);
  return fields;
}
