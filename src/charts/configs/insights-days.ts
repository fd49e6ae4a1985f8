import type { DaysInsight } from '../../stats/insights/days.js';
import { ACCENT, PRIMARY } from '../palette.js';
import type { ChartSpec } from '../types.js';
import { WIDTH, axisTitle, grid, legend, slug, still, tick, titles } from './common.js';

/** Attendance on each day of an average week over the last 52 full weeks; the busiest day stands out. */
export function daysChart(data: DaysInsight): ChartSpec {
  const where = data.ao ? data.ao.name : 'the region';
  const title = `Busiest days: ${where}`;
  const subtitle = data.busiest
    ? `Men at beatdowns on an average week (FNGs included), ${data.range.from} to ${data.range.to} · busiest: ${data.busiest}`
    : `No beatdowns recorded from ${data.range.from} to ${data.range.to}`;
  return {
    name: `days-${data.ao ? slug(data.ao.name) : 'region'}-${data.asOf}`,
    title,
    width: WIDTH,
    height: 520,
    config: {
      type: 'bar',
      data: {
        labels: data.days.map((d) => [d.day, d.beatdowns === 0 ? 'no beatdowns' : `avg ${d.average} each`]),
        datasets: [
          {
            label: 'men per week',
            data: data.days.map((d) => d.perWeek),
            backgroundColor: data.days.map((d) => (d.day === data.busiest ? ACCENT : PRIMARY)),
            maxBarThickness: 90,
          },
        ],
      },
      options: {
        ...still,
        plugins: { ...titles(title, subtitle), legend: legend(false) },
        scales: {
          x: { ticks: tick, grid: { display: false } },
          y: { beginAtZero: true, suggestedMax: 4, grace: '5%', ticks: tick, grid, title: axisTitle('men on an average week') },
        },
      },
    },
  };
}
