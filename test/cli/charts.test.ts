import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngSize } from '../../src/charts/render.js';
import { createTestRegion, dialects, type TestRegion } from '../support/db.js';
import { runCli } from '../support/run.js';
import { seedRegion } from '../stats/seed.js';

describe.each(dialects())('paxminer charts on %s', (dialect) => {
  let region: TestRegion;
  let out: string;
  beforeAll(async () => {
    region = await createTestRegion(dialect);
    await seedRegion(region.ctx.db);
    out = mkdtempSync(join(tmpdir(), 'paxminer-charts-'));
  });
  afterAll(async () => {
    rmSync(out, { recursive: true, force: true });
    await region.cleanup();
  });

  it("writes every chart of the month as a PNG: each PAX's, each AO's and the region's", async () => {
    const dir = join(out, 'nov');
    const r = await runCli(['charts', '--month', '2026-11', '--out', dir], { env: { DATABASE_URL: region.url } });
    expect(r.code, r.stderr).toBe(0);
    const files = readdirSync(dir).sort();
    expect(files).toEqual(
      [
        'ao-iron-pit-leaderboard-2026-11.png',
        'ao-iron-pit-qs-2026-11.png',
        'ao-the-hill-leaderboard-2026-11.png',
        'ao-the-hill-qs-2026-11.png',
        'ao-the-yard-leaderboard-2026-11.png',
        'ao-the-yard-qs-2026-11.png',
        'pax-doppler-U0DOPPLER-2026-11.png',
        'pax-gumby-U0GUMBY-2026-11.png',
        'pax-ripcord-U0RIPCORD-2026-11.png',
        'pax-sandbag-U0SANDBAG-2026-11.png',
        'pax-tater-tot-U0TATER-2026-11.png',
        'region-fngs-2026-11.png',
        'region-leaderboard-month-2026-11.png',
        'region-leaderboard-ytd-2026-11.png',
        'region-unique-pax-2026-11.png',
      ].sort(),
    );
    expect(r.stdout.trim().split('\n')).toHaveLength(15);
    expect(r.stderr).toMatch(/2026-11: 15 charts for 5 PAX, 3 AOs and the region/);
    for (const f of files) {
      const size = pngSize(readFileSync(join(dir, f)));
      expect(size.width).toBe(1000);
      expect(size.height).toBeGreaterThanOrEqual(420);
    }
  });

  it('needs --month and --out', async () => {
    const r = await runCli(['charts', '--out', out], { env: { DATABASE_URL: region.url } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--month YYYY-MM is required/);
    const r2 = await runCli(['charts', '--month', '2026-11'], { env: { DATABASE_URL: region.url } });
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/--out DIR is required/);
  });
});
