// Finds the header of a backblast: the keyword line, its title, and the block of fields under it.
// Only the header counts; the moleskin (write-up, announcements, trivia) starts where it ends.

import { Blocks, DATE_OR_TIME_LINE, fieldsOf, HASHTAGS_LINE, type NameTest } from './blocks.js';
import { findKeyword, isMoleskinHeading, readField, splitFields, type Field } from './labels.js';
import { normaliseLine } from './text.js';

export interface Header {
  title: string;
  fields: Field[];
  /** Lines between the keyword and the first field: title, date, time, #hashtags. */
  loose: string[];
  /** Other short texts beside the fields that may hold the date: `Oct 5 | AO: Foundry | 58°`. */
  hints: string[];
}

/** How many non-blank lines may come before the keyword line. */
const KEYWORD_LINES = 5;
/** How far into a message to look for the fields. */
const MAX_LINES = 200;

// A `#` opens a hashtag to drop, but not a number: `Backblast #552`.
const TITLE_EDGE_START = /^(?:[\s!:|.,*>"-]|#(?!\d))+/;
const TITLE_EDGE_END = /[\s:|,*"-]+$/;
// `The Grind Backblast: Q: …`: a separator after the keyword starts the header even after a title.
const KEYWORD_SEPARATOR = /^\s*[:!|-]/;
const TITLE_LINE = /^title\s*:\s*(\S.*)$/i;
// Words before a keyword that say nothing of the workout: "Here is the backblast".
const LINKING = /^(?:for|from|of|at)\s+(?:the\s+)?/i;
const FILLER =
  /^(?:(?:here|here's|is|the|a|an|our|my|this|that|today's|todays|morning's|for|from|@channel|@here|@everyone|<![a-z]+(?:\^[^>|]*)?(?:\|[^>]*)?>)\s+)*$/i;
const WORDS = /\s+/g;
// `Post Type: Backblast`: the keyword is a label's value, nothing before it is a title.
const LABEL_PREFIX = /^[\p{L} ]{1,24}:\s*$/u;
// `BB: The Grind`, `#BB`: the short form, only as the first word of a message.
const ABBREVIATION = /^#?bb(?=\s*[:!|-]|\s*$)/i;
const WRAPPED = /^\(([^()]*)\)$|^\[([^[\]]*)\]$/;
const RUN_Q = /\((?:q|qic|vq)\)/i;
// A short line standing alone that is no sentence or label: a title written under the fields.
const TITLE_AFTER = /^(?!.*[:;])(?=(?:\S+\s+){0,7}\S+$).{2,60}[^.,]$/;

// `Correction to the backblast above:`: the keyword as the object of a preposition names another post.
const ABOUT = /\b(?:to|on|in|for|about|with)\s+(?:the|my|your|this|that|his|our)\s*$/i;
const TALK = /^(?:\s+[a-z][^:]*)?[.?]\s*$/;
const TALK_ON = /^\s+[a-z][^:]*[.?]\s*$/;

const NAME_SPLIT = /,|&|\band\b/i;

/** Whether the people fields run into a line name nobody known: words of a title, not fields. */
function namesNobody(parts: string[], isName: NameTest | undefined): boolean {
  if (!isName) return false;
  const people = parts.map(readField).filter((f) => f && (f.kind === 'q' || f.kind === 'coq' || f.kind === 'pax'));
  return people.length > 0 && people.every((f) => f!.value !== '' && !/[@<]/.test(f!.value) && !f!.value.split(NAME_SPLIT).some((n) => isName(n.trim())));
}

function cleanTitle(text: string): string {
  const title = text.replace(TITLE_EDGE_START, '').replace(TITLE_EDGE_END, '').replace(WORDS, ' ').trim();
  const wrapped = WRAPPED.exec(title);
  return wrapped ? (wrapped[1] ?? wrapped[2]!).trim() : title;
}

export type HeaderResult = { kind: 'backblast'; header: Header } | { kind: 'preblast' } | { kind: 'quoted' } | null;

// A `>` line quotes someone else's post; `>>>` quotes everything after it (Slack sends `&gt;`).
const QUOTE = /^\s*(?:>|&gt;)/;
const QUOTE_REST = /^\s*(?:>>>|&gt;&gt;&gt;)/;

/** Whether a text has lines of the poster's own beside its quoted ones (a comment on a quote). */
function hasOwnLines(text: string): boolean {
  let quoting = false;
  for (const raw of text.split('\n')) {
    quoting ||= QUOTE_REST.test(raw);
    if (!quoting && !QUOTE.test(raw) && raw.trim()) return true;
  }
  return false;
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

/** The words of the clause a keyword at `at` stands in, before it: `here is the` in `…, here is the backblast`. */
function prefixOf(line: string, at: number): string {
  const before = line.slice(0, at);
  const clause = Math.max(before.lastIndexOf(','), before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf('!'));
  return before.slice(clause + 1).trim();
}

/** Whether the keyword at `at` is brought in by its own clause: `…, here is the backblast`. */
function presented(line: string, at: number): boolean {
  const clause = prefixOf(line, at);
  return clause !== '' && FILLER.test(clause + ' ');
}

/**
 * Reads the header of a message's text; null when no keyword opens it. With `fromTop`, reads a
 * message no keyword opens as if one did: its first line is the title or the first field.
 */
export function readHeader(text: string, isName?: NameTest, fromTop = false): HeaderResult {
  const lines = new Lines(text);
  let prefix = '';
  let rest: string | null = null;
  let before = '';
  let after = '';
  let quoting = false;
  for (let seen = 0, raw = lines.next(); raw !== null && seen < KEYWORD_LINES; raw = lines.next()) {
    const line = normaliseLine(raw);
    if (!line) continue;
    seen++;
    quoting ||= QUOTE_REST.test(raw);
    if (fromTop) {
      if ((quoting || QUOTE.test(raw)) && hasOwnLines(text)) return { kind: 'quoted' };
      rest = TITLE_LINE.exec(line)?.[1] ?? line;
      after = ':';
      break;
    }
    const short = seen === 1 && /^#?b/i.test(line) ? ABBREVIATION.exec(line) : null;
    let kw = findKeyword(line) ?? (short && { kind: 'backblast' as const, start: 0, end: short[0].length });
    if (!kw) {
      before ||= line;
      continue;
    }
    if ((quoting || QUOTE.test(raw)) && hasOwnLines(text)) return { kind: 'quoted' };
    if (kw.kind === 'preblast') {
      // `As promised in the preblast, here is the backblast:` names the backblast in its own clause.
      const later = prefixOf(line, kw.start) ? findKeyword(line.slice(kw.end)) : null;
      const start = later ? kw.end + later.start : 0;
      if (!later || later.kind !== 'backblast' || !presented(line, start)) return { kind: 'preblast' };
      kw = { kind: 'backblast', start, end: kw.end + later.end };
    }
    // `Great work men, here is the backblast:` starts the backblast after the chatter.
    prefix = kw.start > 0 && presented(line, kw.start) ? '' : line.slice(0, kw.start);
    after = line.slice(kw.end);
    rest = after.replace(TITLE_EDGE_START, '');
    if (prefix && (FILLER.test(prefix + ' ') || LABEL_PREFIX.test(prefix))) prefix = '';
    if (!prefix) rest = rest.replace(LINKING, '');
    break;
  }
  if (rest === null) return null;

  const blocks = new Blocks(isName);
  const loose: string[] = [];
  const parts = splitFields(rest);
  let title = prefix;
  // `Backblast coming later.`: a sentence the keyword opens is talk about one.
  if (!prefix && TALK_ON.test(after)) return null;
  if (prefix && !KEYWORD_SEPARATOR.test(after)) {
    // The keyword in the middle of a sentence: what follows is the sentence, not fields. A sentence that
    // runs on past it to a full stop or a question talks about a backblast (`your backblast is due.`).
    if (TALK.test(after) || ABOUT.test(prefix)) return null;
    // `No backblast without a preblast: …`: a sentence naming both is about the preblast.
    if (findKeyword(rest)?.kind === 'preblast') return { kind: 'preblast' };
    title += ' ' + rest;
  } else if (readField(parts[0]!)) {
    const found = fieldsOf(rest);
    if (found) blocks.take(found);
  } else if (fromTop && parts.length > 1 && namesNobody(parts.slice(1), isName)) {
    // `F3'versary Q: Winter Bells Tabata Style`: a title's words after a label, not a field.
    title += ' ' + rest;
  } else {
    title += ' ' + parts[0]!;
    const found = parts.length > 1 ? fieldsOf(parts.slice(1).join(' ')) : null;
    if (found) blocks.take(found);
  }
  title = cleanTitle(title);

  let complete = false;
  let tagsOnly: boolean | undefined;
  for (let i = 0, raw = lines.next(); raw !== null && i < MAX_LINES && !complete; i++, raw = lines.next()) {
    const line = normaliseLine(raw);
    const named = TITLE_LINE.exec(line);
    if (named && (!title || (tagsOnly ??= HASHTAGS_LINE.test(after.trim())))) {
      // `#backblast #ao-foundry` names no workout; a `Title:` line does.
      title = cleanTitle(named[1]!);
      tagsOnly = false;
    } else if (line) {
      const after = blocks.blank;
      complete = blocks.feed(line, loose);
      // Fields first, then the title on a line of its own: `When: … QIC: … The PAX: …` then `What is your Legacy?`.
      if (complete && fromTop && !title && after && TITLE_AFTER.test(line) && !isMoleskinHeading(line)) title = line;
    } else blocks.blank = true;
  }
  if (!complete) blocks.close();
  // Bare names one a line are attendance only beside a Q (a Q line, or a `(Q)` in the run): else a thank-you or a reminder.
  const run = blocks.unlabelledLines.length > 0;
  const led = !run || blocks.fields.some((f) => f.kind === 'q') || RUN_Q.test(blocks.unlabelled);
  if (blocks.unlabelled && led && !blocks.fields.some((f) => f.kind === 'pax')) {
    blocks.fields.push({ kind: 'pax', label: '', value: blocks.unlabelled, note: '' });
    for (const line of blocks.unlabelledLines.length ? blocks.unlabelledLines : [blocks.unlabelled]) {
      const at = loose.indexOf(line);
      if (at >= 0) loose.splice(at, 1);
    }
  }
  if (!title) title = loose.find((l) => !DATE_OR_TIME_LINE.test(l) && !HASHTAGS_LINE.test(l)) ?? '';
  if (!title && before) title = before;
  return { kind: 'backblast', header: { title: cleanTitle(title), fields: blocks.fields, loose, hints: blocks.hints } };
}
