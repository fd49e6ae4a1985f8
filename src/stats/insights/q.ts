import { monthRange } from '../../time.js';
import { aoTotals } from '../../db/queries/insights.js';
import type { Db } from '../../db/types.js';
import { addMonths } from '../../time.js';
import { ledBeatdowns, type Led } from './led.js';
import { loadNames, type Named } from './names.js';
import { mean, percentChange, round } from './numbers.js';

// "How many times did a given man Q last month?" and "Is attendance higher or lower when he Qs?"
//
// He Qs a beatdown when he is its Q or one of its Co-Qs (see led.ts).
// The month is a calendar month (by default the one before the as-of day's), up to the as-of day.
//
// His effect compares, AO by AO, the average headcount of the beatdowns he led there with the
// average of that AO's other beatdowns (neither Q nor Co-Q) over the same span: all beatdowns up to
// the as-of day, or from `since`. A beatdown's headcount is its recorded pax count, FNGs included,
// or its attendance rows when no count was recorded. Overall, his average at the AOs that also had
// other beatdowns is set against what those AOs usually draw, weighted by how often he led at each
// (`expected`). The verdict is "higher" or "lower" when the difference is 5% or more, else "about
// the same"; null when there is nothing to compare with.

export const SAME_WITHIN_PERCENT = 5;

export interface LedBeatdown {
  date: string;
  ao: Named;
  role: 'Q' | 'Co-Q';
  headcount: number;
}

export interface AoEffect {
  ao: Named;
  his: { beatdowns: number; average: number | null };
  others: { beatdowns: number; average: number | null };
  /** His average minus the others', one decimal; null without others. */
  difference: number | null;
  percent: number | null;
}

export interface QInsight {
  pax: Named;
  asOf: string;
  month: {
    month: string;
    qs: number;
    coqs: number;
    beatdowns: LedBeatdown[];
  };
  effect: {
    /** From `since` (null: his first beatdown on) to the as-of day. */
    range: { from: string | null; to: string };
    beatdowns: number;
    average: number | null;
    /** What the same AOs usually draw without him, weighted by his beatdowns there. */
    expected: number | null;
    difference: number | null;
    percent: number | null;
    verdict: 'higher' | 'lower' | 'about the same' | null;
    aos: AoEffect[];
  };
}

type Totals = { aoId: string; beatdowns: number; heads: number };

/** Per-AO comparison from his beatdowns and each AO's totals over the same span (his included). */
export function qEffect(led: Led[], totals: Totals[], aoName: (id: string) => Named): QInsight['effect']['aos'] {
  const byAo = new Map<string, { n: number; heads: number }>();
  for (const b of led) {
    const s = byAo.get(b.aoId) ?? { n: 0, heads: 0 };
    s.n += 1;
    s.heads += b.heads;
    byAo.set(b.aoId, s);
  }
  return [...byAo.entries()]
    .map(([aoId, his]) => {
      const all = totals.find((t) => t.aoId === aoId) ?? { beatdowns: his.n, heads: his.heads };
      const others = { n: all.beatdowns - his.n, heads: all.heads - his.heads };
      const hisAvg = his.heads / his.n;
      const othersAvg = others.n > 0 ? others.heads / others.n : null;
      return {
        ao: aoName(aoId),
        his: { beatdowns: his.n, average: mean(his.heads, his.n) },
        others: { beatdowns: others.n, average: mean(others.heads, others.n) },
        difference: othersAvg === null ? null : round(hisAvg - othersAvg),
        percent: percentChange(hisAvg, othersAvg),
      };
    })
    .sort((a, b) => b.his.beatdowns - a.his.beatdowns || a.ao.name.localeCompare(b.ao.name));
}

export function verdict(percent: number | null): QInsight['effect']['verdict'] {
  if (percent === null) return null;
  if (percent >= SAME_WITHIN_PERCENT) return 'higher';
  if (percent <= -SAME_WITHIN_PERCENT) return 'lower';
  return 'about the same';
}

/** His overall figures from the per-AO ones: all his beatdowns, and those comparable with others'. */
function overall(led: Led[], aos: AoEffect[], totals: Totals[]) {
  let n = 0;
  let heads = 0;
  let expected = 0;
  for (const a of aos) {
    if (a.others.average === null) continue;
    const mine = led.filter((b) => b.aoId === a.ao.id);
    const total = totals.find((t) => t.aoId === a.ao.id)!;
    const hisHeads = mine.reduce((s, b) => s + b.heads, 0);
    n += mine.length;
    heads += hisHeads;
    expected += mine.length * ((total.heads - hisHeads) / (total.beatdowns - mine.length));
  }
  const comparable = n > 0 ? heads / n : null;
  const expectedAvg = n > 0 ? expected / n : null;
  const percent = percentChange(comparable, expectedAvg);
  return {
    expected: expectedAvg === null ? null : round(expectedAvg),
    difference: comparable === null || expectedAvg === null ? null : round(comparable - expectedAvg),
    percent,
    verdict: verdict(percent),
  };
}

export async function qInsight(
  db: Db,
  params: { userId: string; asOf: string; month?: string; since?: string },
): Promise<QInsight> {
  const { userId, asOf } = params;
  const month = params.month ?? addMonths(asOf.slice(0, 7), -1);
  // Before any F3 beatdown: all of them.
  const span = { from: params.since ?? '1000-01-01', to: asOf };
  const led = await ledBeatdowns(db, userId, span);
  const totals = await aoTotals(db, [...new Set(led.map((b) => b.aoId))], span);
  const inMonth = monthRange(month);
  const monthLed = await ledBeatdowns(db, userId, { from: inMonth.from, to: inMonth.to < asOf ? inMonth.to : asOf });
  const names = await loadNames(db, { users: [userId] });
  const aos = qEffect(led, totals, names.ao);
  return {
    pax: names.user(userId),
    asOf,
    month: {
      month,
      qs: monthLed.filter((b) => b.role === 'Q').length,
      coqs: monthLed.filter((b) => b.role === 'Co-Q').length,
      beatdowns: monthLed.map((b) => ({ date: b.date, ao: names.ao(b.aoId), role: b.role, headcount: b.heads })),
    },
    effect: {
      range: { from: params.since ?? null, to: asOf },
      beatdowns: led.length,
      average: mean(
        led.reduce((s, b) => s + b.heads, 0),
        led.length,
      ),
      ...overall(led, aos, totals),
      aos,
    },
  };
}
