import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { upsertUsers } from '../../src/db/queries/users.js';
import { holdsSampleRegion, SAMPLE_TEAM_ID, sampleRegionMessage } from '../../src/db/queries/sample.js';
import { generateExport } from '../../scripts/sample-export/generate.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestRegion, dialects, type TestRegion } from '../support/db.js';
import { ROOT, runCli } from '../support/run.js';

describe('the sample marker', () => {
  it('is on every user of the bundled sample and of any generated export', () => {
    const bundled = JSON.parse(readFileSync(`${ROOT}samples/export/users.json`, 'utf8')) as Array<{ team_id: string }>;
    expect(bundled.length).toBeGreaterThan(0);
    for (const u of bundled) expect(u.team_id).toBe(SAMPLE_TEAM_ID);
    const dir = mkdtempSync(join(tmpdir(), 'paxminer-sample-'));
    try {
      generateExport({ dir: join(dir, 'x'), seed: 7, aos: 2, months: 1, start: '2024-01-01' });
      const users = JSON.parse(readFileSync(join(dir, 'x', 'users.json'), 'utf8')) as Array<{ team_id: string }>;
      for (const u of users) expect(u.team_id).toBe(SAMPLE_TEAM_ID);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the file to delete on SQLite, the tables to drop on MySQL', () => {
    expect(sampleRegionMessage('sqlite:./data/paxminer.sqlite')).toContain('delete ./data/paxminer.sqlite');
    expect(sampleRegionMessage('mysql://u:p@h:3306/db')).toContain('drop its tables');
    expect(sampleRegionMessage('mysql://u:secret@h:3306/db')).not.toContain('secret');
  });
});

describe.each(dialects())('holdsSampleRegion on %s', (dialect) => {
  let t: TestRegion;
  beforeEach(async () => {
    t = await createTestRegion(dialect);
  });
  afterEach(async () => t.cleanup());

  it('is false for an empty database and a real region, true once the sample is imported', async () => {
    expect(await holdsSampleRegion(t.ctx.db)).toBe(false);
    await upsertUsers(t.ctx.db, [{ id: 'U0REAL1', team_id: 'T0REGION', name: 'ripcord', profile: { display_name: 'Ripcord' } } as never]);
    expect(await holdsSampleRegion(t.ctx.db)).toBe(false);
    const r = await runCli(['import', 'samples/export.zip'], { env: { DATABASE_URL: t.url } });
    expect(r.code, r.stderr).toBe(0);
    expect(await holdsSampleRegion(t.ctx.db)).toBe(true);
  });
});
