import type { AosInsight } from '../../stats/insights/aos.js';
import { monthName, shortMonthName } from '../../stats/period.js';
import { MUTED, colourOf } from '../palette.js';
import type { ChartSpec } from '../types.js';
import { WIDTH, axisTitle, grid, legend, still, tick, titles } from './common.js';

/**
 * The AOs drawn: the largest by recent average; more lines than this cannot be told apart. Each is
 * drawn in its own AO colour (the same in every chart, month to month).
 */
export const TREND_LINES = 8;

/** Average headcount per beatdown, month by month, for the largest AOs and the region. */
export function aoTrendsChart(data: AosInsight, colours: ReadonlyMap<string, number> = new Map()): ChartSpec {
  const shown = data.aos.filter((a) => a.trend.recent.average !== null).slice(0, TREND_LINES);
  const first = data.months[0]!;
  const last = data.months[data.months.length - 1]!;
  const title = 'AO trends: average attendance per beatdown';
  const subtitle = [
    `${monthName(first)} to ${monthName(last)} · FNGs included · dashed: the region`,
    shown.length < data.aos.length ? `The ${shown.length} largest of ${data.aos.length} AOs` : '',
  ].filter(Boolean);
  return {
    name: `ao-trends-${last}`,
    title,
    width: WIDTH,
    height: 600,
    config: {
      type: 'line',
      data: {
        labels: data.months.map((m) => [shortMonthName(m), m.slice(0, 4)]),
        datasets: [
          ...shown.map((a, i) => ({
            label: a.ao.name,
            data: a.monthly.map((m) => m.average),
            borderColor: colourOf(colours, a.ao.id, i),
            backgroundColor: colourOf(colours, a.ao.id, i),
            borderWidth: 3,
            pointRadius: 3,
            tension: 0,
            spanGaps: false,
          })),
          {
            label: 'region',
            data: data.region.monthly.map((m) => m.average),
            borderColor: MUTED,
            backgroundColor: MUTED,
            borderDash: [8, 6],
            borderWidth: 2,
            pointRadius: 0,
            tension: 0,
          },
        ],
      },
      options: {
        ...still,
        // Line keys (dashed for the region) instead of boxes, which draw a dashed border as a garbled square.
        plugins: { ...titles(title, subtitle), legend: { ...legend(true), labels: { ...legend(true).labels, usePointStyle: true, pointStyle: 'line' as const, boxWidth: 36 } } },
        scales: {
          x: { ticks: tick, grid: { display: false } },
          y: { beginAtZero: true, suggestedMax: 4, ticks: tick, grid, title: axisTitle('men per beatdown') },
        },
      },
    },
  };
}
