import type { PaxYear } from '../../stats/pax.js';
import { monthName, shortMonthName } from '../../stats/period.js';
import { aoStyle } from '../palette.js';
import type { ChartSpec } from '../types.js';
import { WIDTH, axisTitle, grid, legend, plural, slug, still, tick, titles } from './common.js';

/** A PAX's posts per month of the year so far, one stacked colour per AO. */
export function paxYearChart(data: PaxYear, colours: ReadonlyMap<string, number>): ChartSpec {
  const year = data.month.slice(0, 4);
  const totals = data.months.map((_, i) => data.series.reduce((n, s) => n + (s.values[i] ?? 0), 0));
  const range = data.months.length === 1 ? monthName(data.month) : `January to ${monthName(data.month)}`;
  const summary =
    data.total === 0
      ? `${range}: no posts recorded yet`
      : `${range}: ${plural(data.total, 'post')} at ${plural(data.series.length, 'AO')}`;
  const title = `${data.name}'s posts in ${year}`;
  return {
    name: `pax-${slug(data.name)}-${data.userId}-${data.month}`,
    title,
    width: WIDTH,
    height: 560,
    config: {
      type: 'bar',
      data: {
        labels: data.months.map((m, i) => [shortMonthName(m), plural(totals[i] ?? 0, 'post')]),
        datasets: data.series.map((s, i) => ({
          label: s.ao,
          data: s.values,
          ...aoStyle(colours, s.aoId, i),
          maxBarThickness: 70,
        })),
      },
      options: {
        ...still,
        plugins: {
          ...titles(title, `${summary} · each bar is a month, each colour an AO`),
          legend: legend(data.series.length > 0),
        },
        scales: {
          x: { stacked: true, ticks: tick, grid: { display: false } },
          y: {
            stacked: true,
            beginAtZero: true,
            suggestedMax: 4,
            grace: '5%',
            ticks: { ...tick, precision: 0 },
            grid,
            title: axisTitle('posts'),
          },
        },
      },
    },
  };
}
