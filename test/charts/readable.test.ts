import { describe, expect, it } from 'vitest';
import type { ChartConfiguration } from 'chart.js';
import { fngsByAoChart, uniquePaxByAoChart } from '../../src/charts/configs/by-ao.js';
import { aoTrendsChart } from '../../src/charts/configs/insights-aos.js';
import { aoLeaderboardChart, regionLeaderboardChart } from '../../src/charts/configs/leaderboard.js';
import { cutAtTies } from '../../src/charts/configs/ties.js';
import { hasData } from '../../src/charts/empty.js';
import { aoColours, colourOf } from '../../src/charts/palette.js';
import type { AoMonth } from '../../src/stats/ao.js';
import type { AosInsight } from '../../src/stats/insights/aos.js';
import type { RegionMonth } from '../../src/stats/region.js';

const opts = (c: ChartConfiguration) => c.options as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const leaders = (posts: number[]) => posts.map((p, i) => ({ userId: `U${i}`, name: `PAX ${String(i).padStart(2, '0')}`, posts: p, aos: 1 }));

function aoWith(posts: number[]): AoMonth {
  return {
    aoId: 'C0YARD',
    ao: 'ao-the-yard',
    month: '2026-03',
    beatdowns: 8,
    posts: posts.reduce((n, p) => n + p, 0),
    uniquePax: posts.length,
    averageAttendance: 7,
    fngs: 0,
    qs: [{ userId: 'U1', name: 'Sandbag', qs: 8, coqs: 0 }],
    pax: leaders(posts),
  };
}

describe('ties at the cut of a leaderboard', () => {
  it.each([
    // [posts, bars drawn, the "more" line]
    [[...Array(19).fill(5), 1, 1, 1, 1, 1], 24, ''], // 5 tied at the 20th place: all kept
    [[...Array(18).fill(5), ...Array(7).fill(1)], 25, ''],
    [[...Array(15).fill(5), ...Array(12).fill(1)], 15, 'and 12 more with 1 post'],
    [[...Array(10).fill(9), ...Array(15).fill(2), 1], 25, ''], // 15 tied make 25 bars: still kept
    [[...Array(10).fill(9), ...Array(16).fill(2), 1], 10, 'and 16 more with 2 posts'],
    [[...Array(20).fill(3), 2, 1], 20, ''], // the cut falls between posts: nothing tied
    [Array(40).fill(1), 40, ''], // everyone tied: all drawn rather than an arbitrary 20
  ] as Array<[number[], number, string]>)('%j → %d bars %s', (posts, bars, more) => {
    const ao = aoLeaderboardChart(aoWith(posts));
    expect(ao.config.data.labels).toHaveLength(bars);
    const shown = new Set(ao.config.data.datasets[0]!.data as number[]);
    const line = (opts(ao.config).plugins.subtitle.text as string[]).join(' | ');
    if (bars < posts.length) expect(line).toContain(`Top ${bars} of ${posts.length} PAX`);
    if (more) expect(line).toContain(more);
    else expect(line).not.toContain('more with');
    // Never a tie split: a value either drawn for everyone who has it or for nobody.
    const cutValue = Math.min(...shown);
    expect(posts.filter((p) => p >= cutValue)).toHaveLength(bars);

    const region = regionLeaderboardChart(leaders(posts), { month: '2026-03', yearToDate: false });
    expect(region.config.data.labels).toHaveLength(bars);
    const regionLine = [opts(region.config).plugins.subtitle.text].flat().join(' | ');
    if (more) expect(regionLine).toContain(more);
  });

  it('cutAtTies keeps the order given', () => {
    const rows = leaders([...Array(19).fill(5), 4, 4]);
    expect(cutAtTies(rows, 20).shown.map((r) => r.userId)).toEqual(rows.map((r) => r.userId));
  });
});

describe('readable charts', () => {
  it('leaves room after the longest bar', () => {
    const chart = aoLeaderboardChart(aoWith([9, 5, 3]));
    expect(opts(chart.config).scales.x.grace).toBe('8%');
  });

  it('says "so far" only before the year is out', () => {
    expect(opts(regionLeaderboardChart(leaders([3]), { month: '2025-12', yearToDate: true }).config).plugins.title.text).toBe(
      'Region leaderboard: 2025',
    );
    expect(opts(regionLeaderboardChart(leaders([3]), { month: '2025-09', yearToDate: true }).config).plugins.title.text).toBe(
      'Region leaderboard: 2025 so far',
    );
    const data = {
      month: '2025-12',
      months: ['2025-11', '2025-12'],
      fngs: 1,
      uniquePaxByAo: [{ aoId: 'C0YARD', ao: 'ao-the-yard', values: [3, 4] }],
      fngsByAo: [{ aoId: 'C0YARD', ao: 'ao-the-yard', values: [1, 1] }],
    } as RegionMonth;
    expect(opts(fngsByAoChart(data).config).plugins.subtitle.text).toBe('1 this month, 2 in 2025 · in brackets: month / year');
  });

  it('names only months with data in the unique-PAX comparison', () => {
    const data = {
      month: '2025-10',
      months: ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10'],
      fngs: 0,
      uniquePaxByAo: [
        { aoId: 'C0YARD', ao: 'ao-the-yard', values: [0, 0, 0, 0, 0, 0, 0, 10, 12, 11] },
        { aoId: 'C0PIT', ao: 'ao-iron-pit', values: [0, 0, 0, 0, 0, 0, 0, 0, 6, 7] },
      ],
      fngsByAo: [],
    } as unknown as RegionMonth;
    const chart = uniquePaxByAoChart(data);
    expect(chart.config.data.datasets[1]!.label).toBe('average month, Aug–Sep');
    const one = uniquePaxByAoChart({ ...data, uniquePaxByAo: [{ aoId: 'C0PIT', ao: 'ao-iron-pit', values: [0, 0, 0, 0, 0, 0, 0, 0, 6, 7] }] });
    expect(one.config.data.datasets[1]!.label).toBe('average month, Sep');
  });

  it('draws the dashed region key as a dashed line, not a box', () => {
    const data = {
      months: ['2025-09', '2025-10'],
      aos: [{ ao: { id: 'C1', name: 'ao-one' }, trend: { recent: { average: 5 } }, monthly: [{ average: 5 }, { average: 6 }] }],
      region: { monthly: [{ average: 5 }, { average: 6 }] },
    } as unknown as AosInsight;
    const chart = aoTrendsChart(data);
    const region = (chart.config.data.datasets as Array<{ label: string; borderDash?: number[] }>).find((d) => d.label === 'region')!;
    expect(region.borderDash).toEqual([8, 6]);
    expect(opts(chart.config).plugins.legend.labels).toMatchObject({ usePointStyle: true, pointStyle: 'line' });
  });

  it("draws each AO's trend line in that AO's own colour, whatever its rank", () => {
    const ao = (id: string, average: number) => ({ ao: { id, name: id }, trend: { recent: { average } }, monthly: [{ average }] });
    const data = { months: ['2025-10'], aos: [ao('C2', 9), ao('C1', 5)], region: { monthly: [{ average: 7 }] } } as unknown as AosInsight;
    const colours = aoColours([{ id: 'C1', created: 1 }, { id: 'C2', created: 2 }]);
    const lines = aoTrendsChart(data, colours).config.data.datasets as Array<{ label: string; borderColor: string }>;
    expect(lines.find((d) => d.label === 'C1')!.borderColor).toBe(colourOf(colours, 'C1', 0));
    expect(lines.find((d) => d.label === 'C2')!.borderColor).toBe(colourOf(colours, 'C2', 0));
    expect(lines.find((d) => d.label === 'C1')!.borderColor).not.toBe(lines.find((d) => d.label === 'C2')!.borderColor);
  });

  it('tells an empty chart from one with data', () => {
    const empty = regionLeaderboardChart([], { month: '2026-03', yearToDate: false });
    expect(hasData(empty)).toBe(false);
    const zeros = fngsByAoChart({
      month: '2026-03',
      months: ['2026-03'],
      fngs: 0,
      uniquePaxByAo: [],
      fngsByAo: [{ aoId: 'C0YARD', ao: 'ao-the-yard', values: [0] }],
    } as unknown as RegionMonth);
    expect(hasData(zeros)).toBe(false);
    expect(hasData(regionLeaderboardChart(leaders([1]), { month: '2026-03', yearToDate: false }))).toBe(true);
  });
});
