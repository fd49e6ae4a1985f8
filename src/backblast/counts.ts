// Numbers as Qs write them: `14`, `~14`, `14 (incl. 2 FNGs)`, `twelve`, `twenty-one`, `12 + 2 FNGs`.

const ONES: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7,
  eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
  sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, dozen: 12,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const WORD_NUMBER = new RegExp(
  `\\b(?:(${Object.keys(TENS).join('|')})(?:[\\s-]+(${Object.keys(ONES).join('|')}))?|(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:a\\s+)?dozen))\\b`,
  'i',
);
const NUMBER = new RegExp(`(\\d+)|${WORD_NUMBER.source}`, 'i');
const SUM = /^\D{0,12}?(\d+)\s*(?:pax|hims?|men|guys)?\s*\+\s*(\d+)/i;
// `12 PAX + 2 FNGs = 14`: the total is what follows the `=`.
const TOTAL = /=\s*~?(\d+)/;
const FNG_HINT = new RegExp(`(\\d+|${WORD_NUMBER.source.slice(2, -2)})\\s*(?:new\\s+guys?|fngs?|fng's)\\b`, 'i');
const HAS_DIGIT_OR_WORD = /[0-9a-z]/i;
// `Count: 11 + YHC`: the one writing it, added to the number.
const PLUS_POSTER = /\+\s*(?:yhc|me|myself|the\s+q|q)\b/i;

export interface Count {
  count: number;
  /** FNGs the count mentions, e.g. 2 in `14 (incl. 2 FNGs)`. */
  fngs: number | null;
}

function wordValue(m: RegExpExecArray, offset: number): number {
  const tens = m[offset];
  if (tens) return (TENS[tens.toLowerCase()] ?? 0) + (m[offset + 1] ? (ONES[m[offset + 1]!.toLowerCase()] ?? 0) : 0);
  const ones = m[offset + 2]!.toLowerCase().replace(/^a\s+/, '');
  return ONES[ones] ?? 0;
}

/** The first number in `text`, digits or words. */
export function readNumber(text: string): number | null {
  if (!HAS_DIGIT_OR_WORD.test(text)) return null;
  const m = NUMBER.exec(text);
  if (!m) return null;
  return m[1] !== undefined ? Number(m[1]) : wordValue(m, 2);
}

/** A stated count: the first number (or `a + b`), with the FNGs it mentions after it. */
export function parseCount(text: string): Count | null {
  if (!HAS_DIGIT_OR_WORD.test(text)) return null;
  const first = NUMBER.exec(text);
  if (!first) return null;
  const total = TOTAL.exec(text);
  const sum = SUM.exec(text);
  let count = first[1] !== undefined ? Number(first[1]) : wordValue(first, 2);
  if (total) count = Number(total[1]);
  else if (sum) count = Number(sum[1]) + Number(sum[2]);
  else if (PLUS_POSTER.test(text)) count += 1;
  const hint = FNG_HINT.exec(text);
  let fngs: number | null = null;
  if (hint && (hint.index > first.index || sum || total)) fngs = /^\d/.test(hint[1]!) ? Number(hint[1]) : readNumber(hint[1]!);
  return { count, fngs };
}
