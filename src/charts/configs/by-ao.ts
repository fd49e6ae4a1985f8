import type { AoSeries } from '../../stats/pax.js';
import { monthName, shortMonthName } from '../../stats/period.js';
import type { RegionMonth } from '../../stats/region.js';
import { ACCENT, ACCENT_LIGHT, PRIMARY, PRIMARY_LIGHT } from '../palette.js';
import type { ChartSpec } from '../types.js';
import { WIDTH, axisTitle, barsHeight, grid, legend, still, tick, titles } from './common.js';
import { yearToDate } from './leaderboard.js';

// Region charts with one row per AO: the month in the strong colour, the year so far in the light one.

function perAo(
  name: string,
  title: string,
  subtitle: string | string[],
  rows: { label: string; month: number; other: number }[],
  series: { month: string; other: string; colours: [string, string]; axis: string },
): ChartSpec {
  return {
    name,
    title,
    width: WIDTH,
    height: barsHeight(rows.length),
    config: {
      type: 'bar',
      data: {
        labels: rows.map((r) => r.label),
        datasets: [
          { label: series.month, data: rows.map((r) => r.month), backgroundColor: series.colours[0], maxBarThickness: 24 },
          { label: series.other, data: rows.map((r) => r.other), backgroundColor: series.colours[1], maxBarThickness: 24 },
        ],
      },
      options: {
        ...still,
        indexAxis: 'y',
        plugins: { ...titles(title, subtitle), legend: legend(rows.length > 0) },
        scales: {
          x: { beginAtZero: true, suggestedMax: 4, grace: '8%', ticks: { ...tick, precision: 0 }, grid, title: axisTitle(series.axis) },
          y: { ticks: tick, grid: { display: false } },
        },
      },
    },
  };
}

function valueIn(s: AoSeries, months: string[], month: string): number {
  return s.values[months.indexOf(month)] ?? 0;
}

/** Different men at each AO in the month, against the AO's average month earlier in the year (months it met). */
export function uniquePaxByAoChart(data: RegionMonth): ChartSpec {
  const earlier = data.months.slice(0, -1);
  const rows = data.uniquePaxByAo
    .map((s) => {
      const month = valueIn(s, data.months, data.month);
      const met = s.values.slice(0, earlier.length).filter((v) => v > 0);
      const average = met.length === 0 ? 0 : Math.round((met.reduce((n, v) => n + v, 0) / met.length) * 10) / 10;
      return { label: `${s.ao} (${month})`, month, other: average };
    })
    .sort((a, b) => b.month - a.month || b.other - a.other);
  // Only months some AO met: a region that started in August averages "Aug–Sep", not "Jan–Sep".
  const met = earlier.filter((_, i) => data.uniquePaxByAo.some((s) => (s.values[i] ?? 0) > 0));
  const before =
    met.length === 0
      ? 'no earlier month'
      : met.length === 1
        ? `average month, ${shortMonthName(met[0]!)}`
        : `average month, ${shortMonthName(met[0]!)}–${shortMonthName(met.at(-1)!)}`;
  return perAo(
    `region-unique-pax-${data.month}`,
    `Unique PAX by AO: ${monthName(data.month)}`,
    rows.length === 0 ? 'No posts recorded' : `How many different men posted at each AO · light: its ${before} (months it met)`,
    rows,
    { month: monthName(data.month), other: before, colours: [PRIMARY, PRIMARY_LIGHT], axis: 'PAX' },
  );
}

/** FNGs each AO welcomed in the month and in the year so far. */
export function fngsByAoChart(data: RegionMonth): ChartSpec {
  const rows = data.fngsByAo
    .map((s) => {
      const month = valueIn(s, data.months, data.month);
      const year = s.values.reduce((n, v) => n + v, 0);
      return { label: `${s.ao} (${month} / ${year})`, month, other: year };
    })
    .sort((a, b) => b.month - a.month || b.other - a.other);
  const total = rows.reduce((n, r) => n + r.other, 0);
  const year = yearToDate(data.month);
  return perAo(
    `region-fngs-${data.month}`,
    `FNGs by AO: ${monthName(data.month)}`,
    total === 0
      ? `No FNGs recorded in ${year}`
      : `${data.fngs} this month, ${total} in ${year} · in brackets: month / year`,
    rows,
    { month: monthName(data.month), other: year, colours: [ACCENT, ACCENT_LIGHT], axis: 'FNGs' },
  );
}
