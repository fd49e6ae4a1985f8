// What a backblast says, gathered from its header fields and, for app posts, the form values.

import type { PayloadValues } from './apps.js';
import type { ContextIndex } from './context.js';
import type { Header } from './header.js';
import { readPeople, type Person } from './lists.js';

const HASHTAG = /#[\p{L}\p{N}_-]+/gu;
/** Lines under the keyword longer than this are prose, not a date or an AO. */
const SHORT_LINE = 8;
const DATES = /\b\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b/g;
const BRACKETED_NAMES = /^\s*(\d+)\s*[([]([^)\]]+)[)\]]\s*$/;
const NUMBER_NOTE = /^\s*~?(\d+)\s*$/;

/** What a backblast says, read from its text or an app's payload. */
export interface Draft {
  title: string;
  q: Person[];
  coqs: Person[];
  pax: Person[];
  fngs: Person[];
  /** Whether an FNG line was written at all (`FNGs: None` is one). */
  fngLine: boolean;
  /** FNGs counted on the FNG line (`FNGs: 2`, `1 Radio`). */
  fngNumber: number | null;
  /** The Count line's text; undefined without one. */
  countText?: string;
  /** A count from a form, already a number. */
  count?: number | null;
  /** A number written with the PAX (`PAX (12):`, `PAX: 12`). */
  paxNumber: number | null;
  /** Unnamed FNGs on the PAX line (`…, 2 FNGs`). */
  paxFngs: number;
  /** Unnamed PAX on the PAX line (`… and 2 others`). */
  paxOthers: number;
  /** The Date line's text; undefined without one. */
  dateText?: string;
  /** Where else a date may be written: the title, lines under the keyword. */
  dateHints: string[];
  /** The AO line's text, or a channel id. */
  aoText?: string;
  /** #hashtags and the title, tried when there is no AO line. */
  aoHints: string[];
  /** Who led when no Q line says: the one signing off, or the poster writing as YHC (the Q, in F3's usage). */
  impliedQ?: { id: string; from: 'line' | 'sign-off' | 'poster' };
}

/**
 * Every property is set here, the optional ones to undefined: drafts whose lines come in another order then
 * share one shape, and buildRecord is not compiled again for each (V8 deoptimised it on every new shape).
 */
export function emptyDraft(title: string): Draft {
  return {
    title,
    q: [],
    coqs: [],
    pax: [],
    fngs: [],
    fngLine: false,
    fngNumber: null,
    countText: undefined,
    count: undefined,
    paxNumber: null,
    paxFngs: 0,
    paxOthers: 0,
    dateText: undefined,
    dateHints: [],
    aoText: undefined,
    aoHints: [],
    impliedQ: undefined,
  };
}

const TOKEN = /<([@#!])?([^|>]*)(?:\|([^>]*))?>/g;

/** A title as Slack shows it: `<#C1|ao-foundry>` is `#ao-foundry`, `<@U1>` is `@Slice`. */
function readable(title: string, index: ContextIndex): string {
  if (!title.includes('<')) return title;
  return title.replace(TOKEN, (_m, sigil: string | undefined, id: string, label: string | undefined) => {
    if (sigil === '#') return `#${label || index.channels.nameOf(id) || id}`;
    if (sigil === '@') return `@${index.users.has(id) ? index.users.displayName(id) : label || id}`;
    if (sigil === '!') return label ?? '';
    return label || id;
  });
}

export function draftOf(header: Header, index: ContextIndex, poster: string | undefined): Draft {
  const draft = emptyDraft(readable(header.title, index));
  const people = (value: string) => readPeople(value, index.users, poster);
  for (const f of header.fields) {
    switch (f.kind) {
      case 'q':
        if (draft.q.length === 0) draft.q = people(f.value).people;
        else draft.coqs.push(...people(f.value).people);
        break;
      case 'coq':
        draft.coqs.push(...people(f.value).people);
        break;
      case 'pax': {
        const list = people(f.value);
        draft.pax.push(...list.people);
        const note = NUMBER_NOTE.exec(f.note);
        draft.paxNumber ??= note ? Number(note[1]) : list.number;
        draft.paxFngs += list.fngs;
        draft.paxOthers += list.others;
        break;
      }
      case 'fng': {
        // `1 (Tumbleweed)`: the brackets hold the names here, not a remark.
        const list = people(f.value.replace(BRACKETED_NAMES, '$1 $2'));
        draft.fngLine = true;
        // A first-timer is nobody yet: a name near a member's is his own, not a typo.
        draft.fngs.push(...list.people.map((p) => (p.typedAs ? { id: null, name: p.typedAs, fng: p.fng } : p)));
        draft.fngNumber ??= list.number;
        break;
      }
      case 'count':
        if (f.value) draft.countText ??= f.value;
        break;
      case 'date':
        if (f.value) draft.dateText ??= f.value;
        break;
      case 'ao':
        if (f.value) draft.aoText ??= f.value;
        break;
      default:
        break;
    }
  }
  const short = header.loose.filter((l) => l.split(' ').length <= SHORT_LINE);
  draft.dateHints = [header.title, ...short, ...header.hints];
  const titleWords = header.title.replace(DATES, ' ').trim();
  draft.aoHints = [...[header.title, ...short].flatMap((l) => l.match(HASHTAG) ?? []), titleWords].filter(Boolean);
  return draft;
}

function users(ids: string[], index: ContextIndex): Person[] {
  return ids.map((id) => ({ id, name: index.users.displayName(id), fng: false }));
}

/** An app's form values win over what its text says. */
export function applyPayload(draft: Draft, p: PayloadValues, index: ContextIndex): void {
  if (p.title) draft.title = p.title;
  if (p.date) draft.dateText = p.date;
  if (p.ao) draft.aoText = `<#${p.ao}>`;
  if (p.q || p.pax.length > 0 || p.coqs.length > 0) {
    const typed = (list: string[]) => readPeople(list.join(', '), index.users, p.poster);
    const fngs = typed(p.fngs);
    draft.q = users(p.q ? [p.q] : [], index);
    // A list the form left out (F3 Nation drops `the_pax`) is taken from what the post shows.
    if (p.coqs.length > 0 || draft.coqs.length === 0) draft.coqs = users(p.coqs, index);
    if (p.pax.length > 0 || draft.pax.length === 0) draft.pax = [...users(p.pax, index), ...typed(p.names).people];
    if (p.fngs.length > 0 || p.fngCount !== undefined || draft.fngs.length === 0) {
      draft.fngs = fngs.people;
      draft.fngNumber = p.fngCount ?? fngs.number;
    }
    draft.fngLine = true;
  }
  if (p.count !== undefined) draft.count = p.count;
}

