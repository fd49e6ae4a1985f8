// Turns what a backblast says (people, numbers, date and AO texts) into the `parse` record.

import type { ContextIndex } from './context.js';
import { parseCount } from './counts.js';
import { daysBetween, formatDay, parseDate, type Day } from './dates.js';
import type { Draft } from './draft.js';
import type { Person } from './lists.js';
import { nameKey } from './text.js';
import type { ParsedBackblast } from './types.js';

const MAX_DAYS_OFF = 30;

function countSentence(n: number): string {
  return n === 1 ? '1 PAX' : `${n} PAX`;
}

class Roster {
  readonly ids: string[] = [];
  readonly unresolved = new Map<string, string>();
  readonly fngNames = new Map<string, string>();
  fngAttendees = 0;

  attend(p: Person): void {
    if (p.id) {
      if (!this.ids.includes(p.id)) this.ids.push(p.id);
      return;
    }
    const key = nameKey(p.name);
    if (key && !this.unresolved.has(key)) this.unresolved.set(key, p.name);
  }

  fng(p: Person): void {
    const key = p.id ?? nameKey(p.name);
    if (!key || this.fngNames.has(key)) return;
    this.fngNames.set(key, p.name);
    if (p.id) {
      this.attend(p);
      this.fngAttendees++;
    }
  }

  /** FNGs also listed as plain PAX names count once, as FNGs. */
  settle(): void {
    for (const key of this.fngNames.keys()) this.unresolved.delete(key);
  }
}

function readDate(draft: Draft, today: Day, warnings: string[]): string {
  let day: Day | null = null;
  if (draft.dateText !== undefined) day = parseDate(draft.dateText, today, { weekday: true, dotted: 'anywhere' });
  for (const hint of draft.dateHints) day ??= parseDate(hint, today, { dotted: 'start' });
  if (!day) {
    const posted = formatDay(today);
    warnings.push(
      draft.dateText
        ? `I couldn't read the date "${draft.dateText}", so I used the post's date (${posted}): write it like \`Date: ${today.m}/${today.d}/${today.y}\`.`
        : `No date found, so I used the post's date (${posted}): add a line like \`Date: ${today.m}/${today.d}/${today.y}\`.`,
    );
    return posted;
  }
  const off = daysBetween(day, today);
  if (off > MAX_DAYS_OFF) {
    warnings.push(`The date ${formatDay(day)} is ${off} days before this post: check the Date line.`);
  } else if (-off > MAX_DAYS_OFF) {
    warnings.push(`The date ${formatDay(day)} is ${-off} days after this post: check the Date line.`);
  }
  return formatDay(day);
}

function readAo(draft: Draft, index: ContextIndex, channel: string | null, warnings: string[]): string | null {
  let id: string | null = null;
  if (draft.aoText) id = index.channels.resolve(draft.aoText) ?? index.channels.byWords(draft.aoText);
  for (const hint of draft.aoHints) id ??= index.channels.resolve(hint);
  id ??= channel;
  if (!id) warnings.push('No AO found: add a line like `AO: #ao-channel`.');
  return id;
}

/** The record for a backblast, with the warnings a Q can act on. */
export function buildRecord(
  draft: Draft,
  ts: string,
  channel: string | null,
  today: Day,
  index: ContextIndex,
): ParsedBackblast {
  const warnings: string[] = [];
  const roster = new Roster();

  // No Q line: the PAX marked `(Q)` or `(VQ)` led, those marked `(Co-Q)` helped.
  let qs = draft.q.length > 0 ? draft.q : draft.pax.filter((p) => p.role === 'q');
  const marked = draft.q.length > 0 ? [] : draft.pax.filter((p) => p.role === 'coq');
  const hint = 'add a line like `Q: @name`.';
  if (qs.length === 0 && draft.impliedQ) {
    const { id, from } = draft.impliedQ;
    qs = [{ id, name: index.users.displayName(id), fng: false }];
    if (from !== 'line')
      warnings.push(
      from === 'poster' ? `No Q line, so I took the poster (who writes as YHC) as the Q: ${hint}` : `No Q line, so I took the Q from the sign-off: ${hint}`,
    );
  } else if (draft.q.length === 0 && qs[0]?.roleWritten) {
    warnings.push(`No Q line, so I took the Q from "${qs[0].roleWritten}" in the PAX list: ${hint}`);
  }
  const [first, ...moreQs] = qs;
  let q: string | null = null;
  if (first) {
    roster.attend(first);
    q = first.id;
    if (!q) warnings.push(`The Q "${first.name}" doesn't match anyone on Slack: tag them like \`Q: @name\`.`);
  } else {
    warnings.push('No Q found: add a line like `Q: @name`.');
  }
  const coqs: string[] = [];
  for (const p of [...moreQs, ...draft.coqs, ...marked]) {
    roster.attend(p);
    if (p.id && p.id !== q && !coqs.includes(p.id)) coqs.push(p.id);
  }
  for (const p of draft.pax) {
    if (p.fng) roster.fng(p);
    else roster.attend(p);
  }
  for (const p of [...qs, ...draft.coqs, ...draft.pax]) {
    if (!p.typedAs) continue;
    const w = `"${p.typedAs}" matches nobody on Slack; I took it as ${p.name}: tag them like \`@name\`.`;
    if (!warnings.includes(w)) warnings.push(w);
  }
  for (const p of draft.fngs) roster.fng(p);
  roster.settle();

  const countLine = draft.countText !== undefined ? parseCount(draft.countText) : null;
  let fngCount = Math.max(draft.fngNumber ?? 0, roster.fngNames.size);
  if (!draft.fngLine) fngCount = Math.max(fngCount, countLine?.fngs ?? 0, roster.fngNames.size + draft.paxFngs);

  const counted =
    roster.ids.length + roster.unresolved.size + Math.max(0, fngCount - roster.fngAttendees) + draft.paxOthers;
  const stated = draft.count ?? countLine?.count ?? draft.paxNumber;
  if (draft.countText && !countLine) {
    warnings.push(`I couldn't read a number in the count "${draft.countText}", so I counted ${countSentence(counted)}: write it like \`Count: ${counted}\`.`);
  }
  if (stated !== null && stated !== undefined && stated !== counted) {
    warnings.push(`The count says ${stated} but I found ${countSentence(counted)} listed: check the PAX and Count lines.`);
  }

  const date = readDate(draft, today, warnings);
  const ao = readAo(draft, index, channel, warnings);
  return {
    ts,
    channel,
    is_backblast: true,
    title: draft.title,
    date,
    ao_channel_id: ao,
    q_user_id: q,
    coq_user_ids: coqs,
    pax_user_ids: roster.ids,
    unresolved_pax: [...roster.unresolved.values()],
    fng_names: [...roster.fngNames.values()],
    fng_count: fngCount,
    pax_count: stated ?? counted,
    warnings,
  };
}
