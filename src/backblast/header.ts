// Finds the header of a backblast: the keyword line, its title, and the block of fields under it.
// Only the header counts; the moleskin (write-up, announcements, trivia) starts where it ends.

import { findKeyword, isMoleskinHeading, isOtherLabel, readField, splitFields, type Field, type FieldKind } from './labels.js';
import { normaliseLine } from './text.js';

export interface Header {
  title: string;
  fields: Field[];
  /** Lines between the keyword and the first field: title, date, time, #hashtags. */
  loose: string[];
}

/** How many non-blank lines may come before the keyword line. */
const KEYWORD_LINES = 5;
/** How far into a message to look for the fields. */
const MAX_LINES = 200;

const ATTENDANCE = new Set<FieldKind>(['q', 'coq', 'pax', 'fng', 'count']);
const SINGLE = new Set<FieldKind>(['q', 'date', 'count', 'ao']);
const LISTS = new Set<FieldKind>(['q', 'coq', 'pax', 'fng']);
const TITLE_EDGE_START = /^[\s!:|.#,*>"-]+/;
const TITLE_EDGE_END = /[\s:|,*"-]+$/;
const DATE_OR_TIME_LINE = /^[\s\d/.:,@-]*(?:am|pm|a\.m\.|p\.m\.)?[\s\d/.:,@-]*$|^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+[\d/.-]+/i;
const HASHTAGS_LINE = /^(?:#[\p{L}\p{N}_-]+\s*)+$/u;
const STARTS_WITH_MENTION = /^(?:<@|@)/;
const OPEN_END = /(?:[,&+]|\band)\s*$/i;
const QUESTION = /\?\s*$/;
const TITLE_LINE = /^title\s*:\s*(\S.*)$/i;
const RAMA_LINE = /^[a-z' -]{0,20}rama\b[\s!.]*$/i;
// Words before a keyword that say nothing of the workout: "Here is the backblast".
const LINKING = /^(?:for|from|of|at)\s+(?:the\s+)?/i;
const FILLER = /^(?:(?:here|here's|is|the|a|an|our|my|this|that|today's|todays|morning's|for|from)\s+)*$/i;
const WORDS = /\s+/g;

function cleanTitle(text: string): string {
  return text.replace(TITLE_EDGE_START, '').replace(TITLE_EDGE_END, '').replace(WORDS, ' ').trim();
}

/** A `Q:` line that is really a question (trivia), or prose: not a field. */
function proseValue(field: Field): boolean {
  if (!LISTS.has(field.kind)) return false;
  const v = field.value;
  if (QUESTION.test(v)) return true;
  return v.length > 40 && v.split(WORDS).length > 12 && !v.includes(',') && !v.includes('@');
}

/** A line that reads as names rather than prose: has commas or @s, or is a few words. */
function listLike(line: string): boolean {
  return line.includes(',') || line.includes('@') || line.split(WORDS).length <= 4;
}

function fieldsOf(line: string): Field[] | null {
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

export type HeaderResult = { kind: 'backblast'; header: Header } | { kind: 'preblast' } | null;

/** Collects fields in blocks; the first block holding attendance is the header's. */
class Blocks {
  readonly fields: Field[] = [];
  block: Field[] = [];
  /** The list field a following line may continue (`PAX:` then names on the next lines). */
  open: Field | null = null;
  /** The open field's label stood alone: names follow one per line. */
  listing = false;
  blank = false;
  anyField = false;

  take(found: Field[]): void {
    this.block.push(...found);
    this.anyField = true;
    const tail = found[found.length - 1]!;
    this.open = LISTS.has(tail.kind) ? tail : null;
    this.listing = this.open !== null && tail.value === '';
    this.blank = false;
  }

  /** Ends the current block; true when it held attendance, which ends the header. */
  close(): boolean {
    const done = this.block.some((f) => ATTENDANCE.has(f.kind));
    for (const f of this.block) {
      if (done || !this.fields.some((g) => g.kind === f.kind)) this.fields.push(f);
    }
    this.block = [];
    this.open = null;
    return done;
  }

  /** Feeds one non-blank line after the keyword line; true when the header is complete. */
  feed(line: string, loose: string[]): boolean {
    const found = fieldsOf(line);
    if (found) {
      const kind = found[0]!.kind;
      if (SINGLE.has(kind) && this.block.some((f) => f.kind === kind) && this.close()) return true;
      this.take(found);
      return false;
    }
    if (isMoleskinHeading(line)) return this.block.length > 0 && this.close();
    const open = this.open;
    if (open && (this.listing ? listLike(line) : !this.blank && (STARTS_WITH_MENTION.test(line) || OPEN_END.test(open.value)))) {
      open.value += (open.value ? ', ' : '') + line;
      this.blank = false;
      return false;
    }
    if (this.block.length === 0) {
      if (!this.anyField) loose.push(line);
      return false;
    }
    if (DATE_OR_TIME_LINE.test(line) || HASHTAGS_LINE.test(line) || RAMA_LINE.test(line) || isOtherLabel(line)) {
      this.open = null;
      return false;
    }
    return this.close();
  }
}

/** Lines of a text one at a time, so a long moleskin after the header is never split up. */
class Lines {
  private at = 0;
  constructor(private readonly text: string) {}

  next(): string | null {
    if (this.at > this.text.length) return null;
    let end = this.text.indexOf('\n', this.at);
    if (end < 0) end = this.text.length;
    const line = this.text.slice(this.at, end);
    this.at = end + 1;
    return line;
  }
}

/** Reads the header of a message's text; null when no keyword opens it. */
export function readHeader(text: string): HeaderResult {
  const lines = new Lines(text);
  let prefix = '';
  let rest: string | null = null;
  let before = '';
  for (let seen = 0, raw = lines.next(); raw !== null && seen < KEYWORD_LINES; raw = lines.next()) {
    const line = normaliseLine(raw);
    if (!line) continue;
    seen++;
    const kw = findKeyword(line);
    if (!kw) {
      before ||= line;
      continue;
    }
    if (kw.kind === 'preblast') return { kind: 'preblast' };
    prefix = line.slice(0, kw.start);
    rest = line.slice(kw.end).replace(TITLE_EDGE_START, '');
    if (prefix && FILLER.test(prefix + ' ')) {
      prefix = '';
      rest = rest.replace(LINKING, '');
    }
    break;
  }
  if (rest === null) return null;

  const blocks = new Blocks();
  const loose: string[] = [];
  const parts = splitFields(rest);
  let title = prefix;
  if (readField(parts[0]!)) {
    const found = fieldsOf(rest);
    if (found) blocks.take(found);
  } else {
    title += ' ' + parts[0]!;
    const found = parts.length > 1 ? fieldsOf(parts.slice(1).join(' ')) : null;
    if (found) blocks.take(found);
  }
  title = cleanTitle(title);

  let complete = false;
  for (let i = 0, raw = lines.next(); raw !== null && i < MAX_LINES && !complete; i++, raw = lines.next()) {
    const line = normaliseLine(raw);
    const named = TITLE_LINE.exec(line);
    if (named && !title) title = cleanTitle(named[1]!);
    else if (line) complete = blocks.feed(line, loose);
    else blocks.blank = true;
  }
  if (!complete) blocks.close();
  if (!title) title = loose.find((l) => !DATE_OR_TIME_LINE.test(l) && !HASHTAGS_LINE.test(l)) ?? '';
  if (!title && before) title = before;
  return { kind: 'backblast', header: { title: cleanTitle(title), fields: blocks.fields, loose } };
}
