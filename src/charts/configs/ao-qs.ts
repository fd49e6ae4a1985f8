import type { AoMonth } from '../../stats/ao.js';
import { monthName } from '../../stats/period.js';
import { ACCENT, ACCENT_LIGHT } from '../palette.js';
import type { ChartSpec } from '../types.js';
import { WIDTH, axisTitle, barsHeight, grid, legend, plural, slug, still, tick, titles } from './common.js';

/** Who led the AO's beatdowns in the month: Qs, with Co-Qs stacked beside them. */
export function aoQsChart(data: AoMonth): ChartSpec {
  const rows = data.qs;
  const hasCoqs = rows.some((r) => r.coqs > 0);
  const title = `${data.ao}: who Q'd in ${monthName(data.month)}`;
  const subtitle =
    rows.length === 0
      ? 'No beatdowns recorded this month'
      : `${plural(data.beatdowns, 'beatdown')} led by ${plural(rows.filter((r) => r.qs > 0).length, 'Q')}${hasCoqs ? ' · light: times as Co-Q' : ''}`;
  return {
    name: `ao-${slug(data.ao).replace(/^ao-/, '')}-qs-${data.month}`,
    title,
    width: WIDTH,
    height: barsHeight(rows.length),
    config: {
      type: 'bar',
      data: {
        labels: rows.map((r) => `${r.name} (${r.qs}${r.coqs > 0 ? ` + ${r.coqs} Co-Q` : ''})`),
        datasets: [
          { label: 'Q', data: rows.map((r) => r.qs), backgroundColor: ACCENT, maxBarThickness: 28 },
          ...(hasCoqs
            ? [{ label: 'Co-Q', data: rows.map((r) => r.coqs), backgroundColor: ACCENT_LIGHT, maxBarThickness: 28 }]
            : []),
        ],
      },
      options: {
        ...still,
        indexAxis: 'y',
        plugins: { ...titles(title, subtitle), legend: legend(hasCoqs) },
        scales: {
          x: {
            stacked: true,
            beginAtZero: true,
            suggestedMax: 4,
            grace: '8%',
            ticks: { ...tick, precision: 0 },
            grid,
            title: axisTitle('beatdowns led'),
          },
          y: { stacked: true, ticks: tick, grid: { display: false } },
        },
      },
    },
  };
}
