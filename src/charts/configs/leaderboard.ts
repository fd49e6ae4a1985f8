import type { AoMonth } from '../../stats/ao.js';
import { monthName } from '../../stats/period.js';
import type { Leader } from '../../stats/region.js';
import { PRIMARY } from '../palette.js';
import type { ChartSpec } from '../types.js';
import { WIDTH, axisTitle, barsHeight, grid, legend, plural, slug, still, tick, titles } from './common.js';
import { cutAtTies, moreLine } from './ties.js';

const TOP = 20;

function bars(labels: string[], values: number[], title: string, subtitle: string | string[], axis: string) {
  return {
    type: 'bar' as const,
    data: { labels, datasets: [{ label: axis, data: values, backgroundColor: PRIMARY, maxBarThickness: 28 }] },
    options: {
      ...still,
      indexAxis: 'y' as const,
      plugins: { ...titles(title, subtitle), legend: legend(false) },
      scales: {
        x: { beginAtZero: true, suggestedMax: 4, grace: '8%', ticks: { ...tick, precision: 0 }, grid, title: axisTitle(axis) },
        y: { ticks: tick, grid: { display: false } },
      },
    },
  };
}

/** The AO's most faithful PAX in the month. */
export function aoLeaderboardChart(data: AoMonth): ChartSpec {
  const cut = cutAtTies(data.pax, TOP);
  const rows = cut.shown;
  const title = `${data.ao}: most posts in ${monthName(data.month)}`;
  const subtitle =
    data.beatdowns === 0 && data.posts === 0
      ? 'No beatdowns recorded this month'
      : [
          `${plural(data.beatdowns, 'beatdown')} · ${plural(data.posts, 'post')} by ${plural(data.uniquePax, 'PAX', 'PAX')} · ` +
            `${data.averageAttendance} men per beatdown on average · ${plural(data.fngs, 'FNG')}`,
          rows.length < data.pax.length ? [`Top ${rows.length} of ${data.pax.length} PAX`, moreLine(cut)].filter(Boolean).join(' · ') : '',
        ].filter(Boolean);
  return {
    name: `ao-${slug(data.ao).replace(/^ao-/, '')}-leaderboard-${data.month}`,
    title,
    width: WIDTH,
    height: barsHeight(rows.length),
    config: bars(
      rows.map((r) => `${r.name} (${r.posts})`),
      rows.map((r) => r.posts),
      title,
      subtitle,
      'posts',
    ),
  };
}

/** "2026 so far" up to November; a year whose December is in is just "2026". */
export function yearToDate(month: string): string {
  return month.endsWith('-12') ? month.slice(0, 4) : `${month.slice(0, 4)} so far`;
}

/** The region's top 20 by posts for a period, with how many AOs each visited. */
export function regionLeaderboardChart(leaders: Leader[], period: { month: string; yearToDate: boolean }): ChartSpec {
  const cut = cutAtTies(leaders, TOP);
  const rows = cut.shown;
  const when = period.yearToDate ? yearToDate(period.month) : monthName(period.month);
  const title = `Region leaderboard: ${when}`;
  const subtitle =
    rows.length === 0
      ? 'No posts recorded'
      : [
          `Top ${rows.length} by posts${period.yearToDate ? ` (January to ${monthName(period.month)})` : ''} · in brackets: posts, distinct AOs`,
          moreLine(cut),
        ].filter(Boolean);
  return {
    name: `region-leaderboard-${period.yearToDate ? 'ytd' : 'month'}-${period.month}`,
    title,
    width: WIDTH,
    height: barsHeight(rows.length),
    config: bars(
      rows.map((r) => `${r.name} (${r.posts}, ${plural(r.aos, 'AO')})`),
      rows.map((r) => r.posts),
      title,
      subtitle,
      'posts',
    ),
  };
}
