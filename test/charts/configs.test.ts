import { describe, expect, it } from 'vitest';
import type { ChartConfiguration } from 'chart.js';
import { aoQsChart } from '../../src/charts/configs/ao-qs.js';
import { fngsByAoChart, uniquePaxByAoChart } from '../../src/charts/configs/by-ao.js';
import { aoLeaderboardChart, regionLeaderboardChart } from '../../src/charts/configs/leaderboard.js';
import { paxYearChart } from '../../src/charts/configs/pax-year.js';
import { PALETTE, aoColours } from '../../src/charts/palette.js';
import type { AoMonth } from '../../src/stats/ao.js';
import type { PaxYear } from '../../src/stats/pax.js';
import type { RegionMonth } from '../../src/stats/region.js';

const months = ['2026-01', '2026-02', '2026-03'];

const pax: PaxYear = {
  userId: 'U0DOPPLER',
  name: 'Doppler',
  month: '2026-03',
  months,
  total: 9,
  series: [
    { aoId: 'C0YARD', ao: 'ao-the-yard', values: [3, 2, 1] },
    { aoId: 'C0PIT', ao: 'ao-iron-pit', values: [0, 1, 2] },
  ],
};

const ao: AoMonth = {
  aoId: 'C0YARD',
  ao: 'ao-the-yard',
  month: '2026-03',
  beatdowns: 8,
  posts: 60,
  uniquePax: 25,
  averageAttendance: 7.5,
  fngs: 2,
  qs: [
    { userId: 'U1', name: 'Sandbag', qs: 3, coqs: 1 },
    { userId: 'U2', name: 'Ripcord', qs: 2, coqs: 0 },
  ],
  pax: Array.from({ length: 25 }, (_, i) => ({ userId: `U${i}`, name: `PAX ${i}`, posts: 25 - i })),
};

const datasets = (c: ChartConfiguration) => c.data.datasets as Array<{ label: string; data: number[]; backgroundColor: string }>;
const options = (c: ChartConfiguration) => c.options as Record<string, any>;

describe('chart configurations', () => {
  it("draws a PAX's year as bars per month, stacked by AO, in each AO's colour", () => {
    const colours = aoColours(['C0PIT', 'C0YARD', 'C0HILL']);
    const spec = paxYearChart(pax, colours);
    expect(spec.config.type).toBe('bar');
    expect(spec.config.data.labels).toEqual([
      ['Jan', '3 posts'],
      ['Feb', '3 posts'],
      ['Mar', '3 posts'],
    ]);
    expect(datasets(spec.config).map((d) => [d.label, d.data, d.backgroundColor])).toEqual([
      ['ao-the-yard', [3, 2, 1], PALETTE[2]],
      ['ao-iron-pit', [0, 1, 2], PALETTE[1]],
    ]);
    expect(options(spec.config).scales.x.stacked).toBe(true);
    expect(options(spec.config).scales.y.stacked).toBe(true);
    expect(options(spec.config).plugins.title.text).toBe("Doppler's posts in 2026");
    expect(options(spec.config).plugins.subtitle.text).toContain('January to March 2026: 9 posts at 2 AOs');
    expect(spec.name).toBe('pax-doppler-U0DOPPLER-2026-03');
  });

  it('gives an AO the same colour on every chart of the region', () => {
    const colours = aoColours(['C0YARD', 'C0PIT']);
    const other: PaxYear = { ...pax, userId: 'U0SANDBAG', name: 'Sandbag', series: [pax.series[1]!] };
    const pitColour = (p: PaxYear) =>
      datasets(paxYearChart(p, colours).config).find((d) => d.label === 'ao-iron-pit')!.backgroundColor;
    expect(pitColour(pax)).toBe(pitColour(other));
  });

  it("shows an AO's Qs with Co-Qs stacked beside them, and names the AO and month", () => {
    const spec = aoQsChart(ao);
    expect(spec.config.data.labels).toEqual(['Sandbag (3 + 1 Co-Q)', 'Ripcord (2)']);
    expect(datasets(spec.config).map((d) => [d.label, d.data])).toEqual([
      ['Q', [3, 2]],
      ['Co-Q', [1, 0]],
    ]);
    expect(options(spec.config).indexAxis).toBe('y');
    expect(options(spec.config).plugins.title.text).toBe("ao-the-yard: who Q'd in March 2026");
  });

  it('cuts leaderboards at 20, sizes them to their rows and says what the numbers are', () => {
    const spec = aoLeaderboardChart(ao);
    expect(spec.config.data.labels).toHaveLength(20);
    expect(spec.config.data.labels![0]).toBe('PAX 0 (25)');
    expect(options(spec.config).plugins.subtitle.text).toEqual([
      '8 beatdowns · 60 posts by 25 PAX · 7.5 men per beatdown on average · 2 FNGs',
      'Top 20 of 25 PAX',
    ]);
    const small = aoLeaderboardChart({ ...ao, pax: ao.pax.slice(0, 3) });
    expect(small.height).toBeLessThan(spec.height);

    const region = regionLeaderboardChart(
      [
        { userId: 'U1', name: 'Doppler', posts: 12, aos: 3 },
        { userId: 'U2', name: 'Sandbag', posts: 9, aos: 1 },
      ],
      { month: '2026-03', yearToDate: true },
    );
    expect(region.config.data.labels).toEqual(['Doppler (12, 3 AOs)', 'Sandbag (9, 1 AO)']);
    expect(options(region.config).plugins.title.text).toBe('Region leaderboard: 2026 so far');
    expect(region.name).toBe('region-leaderboard-ytd-2026-03');
  });

  it('compares each AO this month with the year: unique PAX against its average earlier month (months it met), FNGs against the year', () => {
    const data = {
      month: '2026-03',
      months,
      fngs: 3,
      uniquePaxByAo: [
        { aoId: 'C0YARD', ao: 'ao-the-yard', values: [0, 20, 12] },
        { aoId: 'C0PIT', ao: 'ao-iron-pit', values: [5, 6, 14] },
      ],
      fngsByAo: [{ aoId: 'C0YARD', ao: 'ao-the-yard', values: [1, 0, 3] }],
    } as RegionMonth;
    const unique = uniquePaxByAoChart(data);
    expect(datasets(unique.config).map((d) => d.label)).toEqual(['March 2026', 'average month, Jan–Feb']);
    expect(unique.config.data.labels).toEqual(['ao-iron-pit (14)', 'ao-the-yard (12)']);
    expect(datasets(unique.config).map((d) => d.data)).toEqual([
      [14, 12],
      [5.5, 20],
    ]);
    const fngs = fngsByAoChart(data);
    expect(fngs.config.data.labels).toEqual(['ao-the-yard (3 / 4)']);
    expect(options(fngs.config).plugins.subtitle.text).toBe('3 this month, 4 in 2026 so far · in brackets: month / year');
  });

  it('builds plain JSON configurations (no functions), so QuickChart draws the same chart', () => {
    const colours = aoColours(['C0YARD', 'C0PIT']);
    for (const spec of [paxYearChart(pax, colours), aoQsChart(ao), aoLeaderboardChart(ao)]) {
      expect(JSON.parse(JSON.stringify(spec.config))).toEqual(spec.config);
    }
  });
});
