import { hasData } from '../../src/charts/empty.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monthChartSets } from '../../src/charts/month.js';
import { pngSize, renderLocally } from '../../src/charts/render.js';
import { createTestRegion, dialects, type TestRegion } from '../support/db.js';
import { DOPPLER, GUMBY, HILL, PIT, RIPCORD, SANDBAG, TATER, YARD, seedRegion } from '../stats/seed.js';

describe.each(dialects())("a month's charts on %s", (dialect) => {
  let region: TestRegion;
  beforeAll(async () => {
    region = await createTestRegion(dialect);
    await seedRegion(region.ctx.db);
  });
  afterAll(async () => region.cleanup());

  it('has one set per PAX who posted (bots left out), per AO with a beatdown, and the region', async () => {
    const sets = await monthChartSets(region.ctx.db, '2026-11');
    expect(sets.map((s) => `${s.kind}:${s.target}`)).toEqual([
      `pax:${DOPPLER}`,
      `pax:${GUMBY}`,
      `pax:${RIPCORD}`,
      `pax:${SANDBAG}`,
      `pax:${TATER}`,
      `ao:${HILL}`,
      `ao:${PIT}`,
      `ao:${YARD}`,
      'region:region',
    ]);
  });

  it('builds each set into charts that render, with the line that goes with them', async () => {
    const sets = await monthChartSets(region.ctx.db, '2026-11');
    const bundle = (kind: string, target: string) => sets.find((s) => s.kind === kind && s.target === target)!.build();

    const doppler = await bundle('pax', DOPPLER);
    expect(doppler.message).toBe('Doppler, your posts in November 2026: 4 posts, 7 posts in 2026 so far.');
    expect(doppler.specs.map((s) => s.name)).toEqual(['pax-doppler-U0DOPPLER-2026-11']);

    const yard = await bundle('ao', YARD);
    expect(yard.message).toBe(
      'ao-the-yard in November 2026: 2 beatdowns, 7 posts by 4 PAX, 4 men per beatdown on average, 1 FNG.',
    );
    expect(yard.specs.map((s) => s.name)).toEqual(['ao-the-yard-qs-2026-11', 'ao-the-yard-leaderboard-2026-11']);

    const whole = await bundle('region', 'region');
    expect(whole.message).toBe('The region in November 2026: 5 beatdowns at 3 AOs, 13 posts by 6 PAX, 1 FNG.');
    expect(whole.specs.map((s) => s.name)).toEqual([
      'region-leaderboard-month-2026-11',
      'region-leaderboard-ytd-2026-11',
      'region-unique-pax-2026-11',
      'region-fngs-2026-11',
    ]);
    for (const spec of [...doppler.specs, ...yard.specs, ...whole.specs]) {
      expect(pngSize(renderLocally(spec))).toEqual({ width: spec.width, height: spec.height });
    }
  });

  it('has no charts at all for a month without beatdowns (never an empty chart)', async () => {
    const sets = await monthChartSets(region.ctx.db, '2026-02');
    expect(sets).toEqual([]);
  });

  it('leaves charts without data out of a bundle', async () => {
    for (const set of await monthChartSets(region.ctx.db, '2026-11')) {
      const bundle = await set.build();
      expect(bundle.specs.length, set.target).toBeGreaterThan(0);
      for (const spec of bundle.specs) expect(hasData(spec), spec.name).toBe(true);
    }
  });
});
