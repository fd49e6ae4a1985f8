import { aoCreation, aosWithBeatdowns, paxWhoPosted } from '../db/queries/stats.js';
import type { Db } from '../db/types.js';
import type { DownrangePosts } from '../region.js';
import { aoMonth } from '../stats/ao.js';
import { paxYear } from '../stats/pax.js';
import { monthName } from '../stats/period.js';
import { regionMonth } from '../stats/region.js';
import { monthRange } from '../time.js';
import { aoQsChart } from './configs/ao-qs.js';
import { fngsByAoChart, uniquePaxByAoChart } from './configs/by-ao.js';
import { plural } from './configs/common.js';
import { aoLeaderboardChart, regionLeaderboardChart, yearToDate } from './configs/leaderboard.js';
import { paxYearChart } from './configs/pax-year.js';
import { withData } from './empty.js';
import { aoColours } from './palette.js';
import type { ChartSpec } from './types.js';

// The charts of a month, grouped by who gets them: each PAX who posted, each AO with a beatdown, the
// region. The CLI's `charts` writes them all; the monthly delivery sends them.

export type ChartKind = 'pax' | 'ao' | 'region';

/** What one recipient gets: a few charts and the line that goes with them. */
export interface ChartBundle {
  specs: ChartSpec[];
  message: string;
}

export interface ChartSet {
  kind: ChartKind;
  /** The PAX's user id, the AO's channel id, or `region`. */
  target: string;
  /** Built on demand, so a month of many PAX is not held in memory at once. */
  build(): Promise<ChartBundle>;
}

/** A PAX's chart for the month: his posts by AO, each month of the year so far. */
export async function paxBundle(
  db: Db,
  userId: string,
  month: string,
  colours?: ReadonlyMap<string, number>,
  downrange: readonly DownrangePosts[] = [],
): Promise<ChartBundle> {
  const data = await paxYear(db, userId, month);
  const palette = colours ?? aoColours(await aoCreation(db));
  const inMonth = data.series.reduce((n, s) => n + (s.values[data.months.length - 1] ?? 0), 0);
  return {
    specs: withData([paxYearChart(data, palette)]),
    message:
      `${data.name}, your posts in ${monthName(month)}: ${plural(inMonth, 'post')}, ${plural(data.total, 'post')} in ${yearToDate(month)}.` +
      downrangeLine(downrange, month),
  };
}

/** Many-regions mode: his posts at the other regions in the chart's year, as a second line. */
function downrangeLine(downrange: readonly DownrangePosts[], month: string): string {
  if (downrange.length === 0) return '';
  const regions = downrange.map((d) => `${d.region} ${plural(d.posts, 'post')}`).join(', ');
  return `\nDownrange in ${month.slice(0, 4)}: ${regions}.`;
}

/** Looks up a PAX's downrange posts in a year (many-regions mode); see stats/downrange.ts. */
export type DownrangeLookup = (userId: string, year: number) => Promise<DownrangePosts[]>;

export async function aoBundle(db: Db, aoId: string, month: string): Promise<ChartBundle> {
  const data = await aoMonth(db, aoId, month);
  return {
    specs: withData([aoQsChart(data), aoLeaderboardChart(data)]),
    message:
      `${data.ao} in ${monthName(month)}: ${plural(data.beatdowns, 'beatdown')}, ${plural(data.posts, 'post')} by ` +
      `${plural(data.uniquePax, 'PAX', 'PAX')}, ${data.averageAttendance} men per beatdown on average, ${plural(data.fngs, 'FNG')}.`,
  };
}

export async function regionBundle(db: Db, month: string): Promise<ChartBundle> {
  const data = await regionMonth(db, month);
  return {
    specs: withData([
      regionLeaderboardChart(data.leaders.month.byPosts, { month, yearToDate: false }),
      regionLeaderboardChart(data.leaders.yearToDate.byPosts, { month, yearToDate: true }),
      uniquePaxByAoChart(data),
      fngsByAoChart(data),
    ]),
    message:
      `The region in ${monthName(month)}: ${plural(data.beatdowns, 'beatdown')} at ${plural(data.activeAos, 'AO')}, ` +
      `${plural(data.posts, 'post')} by ${plural(data.uniquePax, 'PAX', 'PAX')}, ${plural(data.fngs, 'FNG')}.`,
  };
}

/**
 * Every chart set of a month: PAX who posted (by user id), AOs with beatdowns (by channel id), then the
 * region when it had a beatdown; a month with none has no charts. Charts without data are left out.
 */
export async function monthChartSets(db: Db, month: string, downrange?: DownrangeLookup): Promise<ChartSet[]> {
  const range = monthRange(month);
  const [pax, aos, order] = await Promise.all([paxWhoPosted(db, range), aosWithBeatdowns(db, range), aoCreation(db)]);
  const colours = aoColours(order);
  return [
    ...pax.map((userId) => ({
      kind: 'pax' as const,
      target: userId,
      build: async () =>
        paxBundle(db, userId, month, colours, downrange ? await downrange(userId, Number(month.slice(0, 4))) : []),
    })),
    ...aos.map((aoId) => ({ kind: 'ao' as const, target: aoId, build: () => aoBundle(db, aoId, month) })),
    ...(aos.length > 0 ? [{ kind: 'region' as const, target: 'region', build: () => regionBundle(db, month) }] : []),
  ];
}
