// The achievement catalogue: weaselbot's list and thresholds (F3Nation-Community/weaselbot,
// achievement_tables.sql and pax_achievements.py), seeded into `achievements_list` once; regions switch
// entries on and off and add their own.

/** What an automatic achievement counts, within its period. */
export type Counted = 'posts' | 'qs' | 'q_aos' | 'ao_posts' | 'qsource' | 'manual';
export type Period = 'week' | 'month' | 'year' | 'ever';

export const COUNTED: readonly Counted[] = ['posts', 'qs', 'q_aos', 'ao_posts', 'qsource', 'manual'];
export const PERIODS: readonly Period[] = ['week', 'month', 'year', 'ever'];

export interface AchievementDef {
  id: number;
  code: string;
  name: string;
  description: string;
  verb: string;
  counted: Counted;
  threshold: number | null;
  period: Period;
  enabled: boolean;
  builtin: boolean;
}

export type CatalogueEntry = Omit<AchievementDef, 'id' | 'enabled' | 'builtin'>;

const entry = (
  code: string,
  name: string,
  counted: Counted,
  threshold: number,
  period: Period,
  what: string,
): CatalogueEntry => ({
  code,
  name,
  counted,
  threshold,
  period,
  description: describeRule(counted, threshold, period, what),
  verb: what,
});

/** "Post at 25 beatdowns in a year", from the rule. */
export function describeRule(counted: Counted, threshold: number | null, period: Period, fallback = ''): string {
  if (counted === 'manual' || threshold === null) return fallback || 'Awarded by hand';
  const span = period === 'ever' ? '' : ` in a ${period}`;
  const what: Record<Exclude<Counted, 'manual'>, string> = {
    posts: `Post at ${threshold} beatdowns`,
    qs: `Q at ${threshold} beatdowns`,
    q_aos: `Q at ${threshold} different AOs`,
    ao_posts: `Post ${threshold} times at one AO`,
    qsource: `Post for ${threshold} QSource lessons`,
  };
  return `${what[counted]}${span}`;
}

export const CATALOGUE: readonly CatalogueEntry[] = [
  entry('the_priest', 'The Priest', 'qsource', 25, 'year', 'posting for 25 QSource lessons'),
  entry('the_monk', 'The Monk', 'qsource', 4, 'month', 'posting at 4 QSources in a month'),
  entry('leader_of_men', 'Leader of Men', 'qs', 4, 'month', 'Qing at 4 beatdowns in a month'),
  entry('the_boss', 'The Boss', 'qs', 6, 'month', 'Qing at 6 beatdowns in a month'),
  entry('be_the_hammer_not_the_nail', 'Be the Hammer, Not the Nail', 'qs', 6, 'week', 'Qing at 6 beatdowns in a week'),
  entry('cadre', 'Cadre', 'q_aos', 7, 'month', 'Qing at 7 different AOs in a month'),
  entry('el_presidente', 'El Presidente', 'qs', 20, 'year', 'Qing at 20 beatdowns in a year'),
  entry('el_quatro', 'El Quatro', 'posts', 25, 'year', 'posting at 25 beatdowns in a year'),
  entry('golden_boy', 'Golden Boy', 'posts', 50, 'year', 'posting at 50 beatdowns in a year'),
  entry('centurion', 'Centurion', 'posts', 100, 'year', 'posting at 100 beatdowns in a year'),
  entry('karate_kid', 'Karate Kid', 'posts', 150, 'year', 'posting at 150 beatdowns in a year'),
  entry('crazy_person', 'Crazy Person', 'posts', 200, 'year', 'posting at 200 beatdowns in a year'),
  entry('6_pack', '6 Pack', 'posts', 6, 'week', 'posting at 6 beatdowns in a week'),
  entry('holding_down_the_fort', 'Holding Down the Fort', 'ao_posts', 50, 'year', 'posting 50 times at an AO in a year'),
];

/** A code from a name: lower case, words joined by `_`. */
export function codeOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}
