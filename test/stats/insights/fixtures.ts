import { addDays } from '../../../src/time.js';
import type { Seed, SeedBeatdown } from './seed.js';

// The known data each insight is checked against; the tests next to this file say what the figures
// must be and why.

const YARD: [string, string] = ['C0YARD', 'ao-the-yard'];
const PIT: [string, string] = ['C0PIT', 'ao-the-pit'];
const HILL: [string, string] = ['C0HILL', 'ao-hill'];
const DAWN: [string, string] = ['C0DAWN', 'ao-dawn'];
/** A Q and two PAX, for seeds where who they are does not matter. */
const Q_A_B: NonNullable<Seed['users']> = [
  ['U0Q', 'Q'],
  ['U0A', 'A'],
  ['U0B', 'B'],
];

/** Doppler's posts, as of Wednesday 2025-03-19 (this week: Monday 03-17 to 03-19). */
export const PAX_SEED: Seed = {
  users: [
    ['U0DOP', 'Doppler'],
    ['U0SLICE', 'Slice'],
    ['U0MOSS', 'Moss'],
  ],
  aos: [YARD, PIT, HILL],
  beatdowns: [
    { ao: 'C0YARD', date: '2024-12-30', q: 'U0SLICE', pax: ['U0DOP'] },
    { ao: 'C0PIT', date: '2025-01-06', q: 'U0DOP', pax: ['U0MOSS'] },
    { ao: 'C0PIT', date: '2025-02-10', q: 'U0SLICE', pax: ['U0DOP', 'U0MOSS'] },
    { ao: 'C0YARD', date: '2025-03-03', q: 'U0SLICE', pax: ['U0DOP'] },
    { ao: 'C0HILL', date: '2025-03-10', q: 'U0DOP', pax: ['U0MOSS'] },
    { ao: 'C0PIT', date: '2025-03-16', q: 'U0MOSS', pax: ['U0DOP'] },
    { ao: 'C0YARD', date: '2025-03-17', q: 'U0SLICE', pax: ['U0DOP', 'U0MOSS'] },
    // Co-Q as the second Co-Q: only the json's list names him.
    { ao: 'C0PIT', date: '2025-03-18', q: 'U0MOSS', coqs: ['U0SLICE', 'U0DOP'] },
    // After the as-of day: never counted.
    { ao: 'C0YARD', date: '2025-03-20', q: 'U0DOP' },
    // Someone else's posts on his days.
    { ao: 'C0HILL', date: '2025-03-17', q: 'U0MOSS' },
  ],
};

/** Weekdays, as of Wednesday 2025-03-19: the 52 full weeks are Monday 2024-03-18 to Sunday 2025-03-16. */
export const DAYS_SEED: Seed = {
  users: Q_A_B,
  aos: [YARD, PIT],
  beatdowns: [
    { ao: 'C0YARD', date: '2024-03-18', q: 'U0Q', count: 10 }, // Monday, first day in
    { ao: 'C0YARD', date: '2025-03-10', q: 'U0Q', count: 8 }, // Monday
    { ao: 'C0YARD', date: '2025-03-12', q: 'U0Q', count: 5 }, // Wednesday
    { ao: 'C0YARD', date: '2025-03-16', q: 'U0Q', count: 4 }, // Sunday, last day in
    { ao: 'C0PIT', date: '2025-03-15', q: 'U0Q', count: 20 }, // Saturday
    { ao: 'C0PIT', date: '2025-03-08', q: 'U0Q', pax: ['U0A', 'U0B'], count: 0 }, // Saturday, counted from its 3 rows
    { ao: 'C0PIT', date: '2025-03-10', q: 'U0A', count: 6 }, // Monday
    { ao: 'C0YARD', date: '2024-03-17', q: 'U0Q', count: 50 }, // the Sunday before: out
    { ao: 'C0YARD', date: '2025-03-17', q: 'U0Q', count: 50 }, // this week: out
  ],
};

/** Slice as Q, as of 2025-03-19. */
export const Q_SEED: Seed = {
  users: [
    ['U0SLICE', 'Slice'],
    ['U0DOP', 'Doppler'],
    ['U0MOSS', 'Moss'],
  ],
  aos: [YARD, PIT, HILL],
  beatdowns: [
    // The Yard: his four (12, 10, 8, 9) against the others' two (6, 4).
    { ao: 'C0YARD', date: '2025-01-06', q: 'U0SLICE', count: 12 },
    { ao: 'C0YARD', date: '2025-02-03', q: 'U0SLICE', count: 10 },
    { ao: 'C0YARD', date: '2025-02-10', q: 'U0DOP', coqs: ['U0SLICE'], count: 8 },
    { ao: 'C0YARD', date: '2025-02-17', q: 'U0DOP', pax: ['U0SLICE'], count: 6 },
    { ao: 'C0YARD', date: '2025-02-24', q: 'U0MOSS', count: 4 },
    { ao: 'C0YARD', date: '2025-03-03', q: 'U0DOP', coqs: ['U0MOSS', 'U0SLICE'], count: 9 },
    { ao: 'C0YARD', date: '2025-03-20', q: 'U0SLICE', count: 30 }, // after the as-of day
    // The Pit: his one (6) against the others' two (8, 10); his id in the json but not as Co-Q.
    { ao: 'C0PIT', date: '2025-02-15', q: 'U0SLICE', count: 6 },
    { ao: 'C0PIT', date: '2025-02-22', q: 'U0DOP', coqs: ['U0MOSS'], count: 8, extra: { shout_outs: ['U0SLICE'] } },
    { ao: 'C0PIT', date: '2025-03-01', q: 'U0MOSS', count: 10 },
    // The Hill: only his, counted from its attendance rows (3).
    { ao: 'C0HILL', date: '2025-01-11', q: 'U0SLICE', pax: ['U0DOP', 'U0MOSS'], count: 0 },
  ],
};

/**
 * Kotters as of 2025-03-19, four weeks: a kotter's last post is before 2025-02-19 (and within 52
 * weeks), with at least 4 posts in all; men with a post on or after 2025-02-19 are still posting.
 */
export const KOTTER_SEED: Seed = {
  users: [
    ['U0CUT', 'Cutter'],
    ['U0GONZO', 'Gonzo'],
    ['U0KILT', 'Kilt'],
    ['U0ANVIL', 'Anvil'],
    ['U0BONSAI', 'Bonsai'],
    ['U0CHOW', 'Chowder'],
    ['U0REG', 'Regular'],
    ['U0FEW', 'Fewer'],
    ['U0OLD', 'Oldie'],
    ['U0BOT', 'paxminer', 1],
    ['U0BOT2', 'reminder-bot', 1],
  ],
  aos: [YARD, PIT, HILL, DAWN],
  beatdowns: [
    { ao: 'C0YARD', date: '2024-09-02', q: 'U0ANVIL', pax: ['U0CUT', 'U0GONZO', 'U0CHOW', 'U0BOT'] },
    { ao: 'C0YARD', date: '2024-10-07', q: 'U0ANVIL', pax: ['U0CUT', 'U0GONZO', 'U0CHOW', 'U0BOT'] },
    { ao: 'C0YARD', date: '2024-11-04', q: 'U0ANVIL', pax: ['U0CUT', 'U0GONZO', 'U0CHOW', 'U0BONSAI', 'U0BOT'] },
    { ao: 'C0YARD', date: '2024-12-02', q: 'U0ANVIL', pax: ['U0CUT', 'U0GONZO', 'U0BONSAI'] },
    { ao: 'C0PIT', date: '2025-01-06', q: 'U0GONZO', pax: ['U0CUT'] },
    { ao: 'C0PIT', date: '2025-02-10', q: 'U0CHOW', pax: ['U0CUT'] },
    { ao: 'C0HILL', date: '2024-12-20', q: 'U0BONSAI', pax: ['U0KILT'] },
    { ao: 'C0HILL', date: '2025-01-20', q: 'U0BONSAI', pax: ['U0KILT'] },
    { ao: 'C0HILL', date: '2025-02-01', q: 'U0BONSAI', pax: ['U0KILT'] },
    { ao: 'C0HILL', date: '2025-02-18', q: 'U0BONSAI', pax: ['U0KILT'] },
    // Still posting.
    { ao: 'C0YARD', date: '2025-03-01', q: 'U0ANVIL', pax: ['U0BOT'] },
    { ao: 'C0YARD', date: '2025-03-10', q: 'U0CHOW' },
    { ao: 'C0HILL', date: '2025-03-15', q: 'U0BONSAI' },
    // Regular's last post is the first day of the four weeks: not a kotter.
    { ao: 'C0DAWN', date: '2024-11-10', q: 'U0REG', pax: ['U0BOT2'] },
    { ao: 'C0DAWN', date: '2024-12-10', q: 'U0REG' },
    { ao: 'C0DAWN', date: '2025-01-10', q: 'U0REG' },
    { ao: 'C0DAWN', date: '2025-02-19', q: 'U0REG' },
    // Fewer: three posts, no real history. The second bot: gone quiet, but an app.
    { ao: 'C0DAWN', date: '2024-09-11', q: 'U0FEW', pax: ['U0BOT2'] },
    { ao: 'C0DAWN', date: '2024-10-11', q: 'U0FEW', pax: ['U0BOT2'] },
    { ao: 'C0DAWN', date: '2024-11-11', q: 'U0FEW', pax: ['U0BOT2'] },
    // Oldie: gone for more than a year.
    ...['2023-01-02', '2023-02-02', '2023-03-02', '2023-04-02', '2023-05-02', '2023-06-02'].map((date) => ({
      ao: 'C0DAWN',
      date,
      q: 'U0OLD',
    })),
  ],
};

/** The 12 full months before 2025-03-19. */
export const TREND_MONTHS = [
  '2024-03',
  '2024-04',
  '2024-05',
  '2024-06',
  '2024-07',
  '2024-08',
  '2024-09',
  '2024-10',
  '2024-11',
  '2024-12',
  '2025-01',
  '2025-02',
];

/** Beatdowns of an AO: for each month, one per headcount given, a week apart from the 5th. */
function series(ao: string, counts: Array<[month: string, ...counts: number[]]>): SeedBeatdown[] {
  return counts.flatMap(([month, ...heads]) =>
    heads.map((count, i) => ({ ao, date: `${month}-${String(5 + i * 7).padStart(2, '0')}`, q: 'U0Q', count })),
  );
}

const steady = (months: string[], heads: (month: string) => number): Array<[string, number]> => months.map((m) => [m, heads(m)]);

/**
 * AO trends as of 2025-03-19: the 12 full months are 2024-03 to 2025-02; recent is 2024-12 to
 * 2025-02, against 2023-12 to 2024-02 a year before.
 */
export const AOS_SEED: Seed = {
  users: Q_A_B,
  aos: [YARD, PIT, HILL, DAWN],
  beatdowns: [
    // The Yard: 8 a year ago, 10 all year, 12 lately: full and growing.
    ...series('C0YARD', [
      ['2023-12', 8],
      ['2024-01', 8],
      ['2024-02', 8],
      ...steady(TREND_MONTHS.slice(0, 9), () => 10),
      ['2024-12', 12],
      ['2025-01', 12],
      ['2025-02', 12],
    ]),
    { ao: 'C0YARD', date: '2025-03-03', q: 'U0Q', count: 40 }, // this month: not counted
    // The Pit: steady 5 with one convergence of 20, 4 lately: shrinking, and small.
    ...series('C0PIT', [
      ['2023-12', 5],
      ['2024-01', 5],
      ['2024-02', 5],
      ...steady(TREND_MONTHS.slice(0, 9), (m) => (m === '2024-09' ? 20 : 5)),
      ['2024-12', 4],
      ['2025-01', 4],
      ['2025-02', 4],
    ]),
    // The Hill: opened in October, two a month, growing; close to its big day but not among the largest AOs.
    ...series('C0HILL', [
      ['2024-11', 4, 6],
      ['2024-12', 6, 8],
      ['2025-01', 10, 6],
      ['2025-02', 8, 10],
    ]),
    { ao: 'C0HILL', date: '2024-10-05', q: 'U0Q', pax: ['U0A', 'U0B'], count: 0 }, // 3, from its rows
    { ao: 'C0HILL', date: '2024-10-12', q: 'U0Q', count: 5 },
    // Dawn: closed before the 12 months.
    { ao: 'C0DAWN', date: '2024-01-15', q: 'U0Q', count: 7 },
  ],
};

/**
 * A region dated back from `today`, for answers that use the real clock: Doppler and Slice post at
 * the Yard every week for 60 weeks, taking turns as Q; Kilt posted with them from 60 to 6 weeks ago;
 * Moss posts at the Pit two days before each of those.
 */
export function recentSeed(today: string): Seed {
  const beatdowns: SeedBeatdown[] = [];
  for (let w = 1; w <= 60; w++) {
    beatdowns.push({
      ao: 'C0YARD',
      date: addDays(today, -7 * w),
      q: w % 2 ? 'U0SLICE' : 'U0DOP',
      pax: ['U0DOP', 'U0SLICE', ...(w >= 6 ? ['U0KILT'] : [])],
      count: 5 + (w % 4),
    });
    beatdowns.push({ ao: 'C0PIT', date: addDays(today, -7 * w - 2), q: 'U0SLICE', pax: ['U0MOSS'], count: 3 });
  }
  return {
    users: [
      ['U0DOP', 'Doppler'],
      ['U0SLICE', 'Slice'],
      ['U0KILT', 'Kilt'],
      ['U0MOSS', 'Moss'],
      ['U0SKY', 'Big Sky'],
    ],
    aos: [YARD, PIT],
    beatdowns,
  };
}
