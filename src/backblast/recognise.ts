// Recognition from content: a message no keyword opens is a backblast when it reports a workout
// the way one does (attendance, and who led, when, where, what was done), and reads as past.

import type { Header } from './header.js';
import type { Field, FieldKind } from './labels.js';

/** A message without a field label at a line's start holds no header: most chatter stops here. */
export const CONTENT_HINT = /(?:^|\n)[\s*_•>-]*(?:\d+\s+)?(?::[a-z0-9_+'-]+:\s*|\p{Extended_Pictographic}\ufe0f?\s*)*(?:the\s+)?(?:pax|q|qic|count|total|number of pax|a\.?o\.?)\b/iu;

// A template's blanks: `<<name>>`, `[AO]`, `{date}`, `____`, `[MM/DD/YYYY]`, or what to write (`who led it`, `how many posted`).
const PLACEHOLDER =
  /<<|>>|^_{2,}$|^(?:who|how many|everyone who|all who|the (?:title|name|date|number) of)\s|^[[{(]\s*@?(?:title|date|mm\/dd\/yy(?:yy)?|ao|where|q|qic|pax|names?|fngs?|count|number|#|total|your [a-z ]+|[a-z ]+ here)\s*[\]})]$/i;

export function isPlaceholder(value: string): boolean {
  return value !== '' && PLACEHOLDER.test(value.trim());
}

// Future or sign-up wording in the header: a preblast, a Q sign-up or an announcement.
const TENSE = /\b(?:tomorrow|tonight|next (?:week|mon|tue|wed|thu|fri|sat|sun)\w*|this coming|will be|see you)\b/i;
const SIGN_UP = /\b(?:who'?s (?:in|coming|joining)|who is (?:in|coming|joining)|hc'?s?\b|hard commit|sign.?ups?|come out|join us|bring (?:a|your)|reminder)\b/i;
// What the write-up of a workout holds.
const WORKOUT = /\b(?:thang|mary|cot|circle of trust|warm.?ups?|warm.?o.?rama|mosey(?:ed)?|disclaimer|ssh|merkins?|burpees?|moleskin)\b/i;
const Q_IN_LIST = /\((?:[^)]*\b)?(?:q|qic|vq)\)/i;
const YHC = /\byhc\b/i;
const Q_LINE = /(?:^|\n)[\s*_•>-]*(?:q|qic)\s*:\s*[@<\p{L}]/iu;
const MENTIONED = /\bback\s?blast\b|#bb\b/i;
const NAMES = /\s*(?:,|&|\band\b|<@)\s*/i;

function value(fields: Field[], kind: FieldKind): string {
  return fields.find((f) => f.kind === kind && f.value !== '')?.value ?? '';
}

/** Whether a header read from the top of a message (see readHeader) is a backblast's. */
export function reportsWorkout(header: Header, text: string, signed = false): boolean {
  const { fields } = header;
  // One line of inline fields is another bot's log line, not a post a Q wrote.
  if (!text.trim().includes('\n')) return false;
  if (fields.some((f) => f.kind === 'hc' || isPlaceholder(f.value))) return false;
  const pax = value(fields, 'pax');
  const names = pax.split(NAMES).filter((n) => n.trim() && !/^\d+$/.test(n.trim())).length;
  if (names === 0 && !/\d/.test(value(fields, 'count') + pax)) return false;
  // A written date (digits) ahead of the post marks a preblast later on (parse.ts), so the title may play with tense.
  const dated = /\d/.test(value(fields, 'date'));
  const said = [...header.loose, ...fields.map((f) => f.value)].join('\n');
  // A preblast ends with its call (`Who's coming out?`, `HC below`); a backblast with its sign-off.
  const last = text.trimEnd().slice(text.trimEnd().lastIndexOf('\n') + 1);
  if (SIGN_UP.test(last) || SIGN_UP.test(header.title) || SIGN_UP.test(said) || TENSE.test(said) || (!dated && TENSE.test(header.title))) return false;
  let points = 0;
  // Who led: a Q line, a Q marked in the list (`Old Maid (Q)`, `… and YHC`), a Q line further down, a sign-off.
  if (value(fields, 'q') || Q_IN_LIST.test(pax) || YHC.test(pax) || Q_LINE.test(text) || signed) points++;
  if (value(fields, 'date')) points++;
  if (value(fields, 'ao')) points++;
  if (WORKOUT.test(text)) points++;
  if (MENTIONED.test(text)) points++;
  return points >= 3 || (points >= 2 && names >= 3);
}
