import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from '../../src/db/kysely.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvField, exportView } from '../../src/cli/export.js';
import { createTestRegion, dialects, type TestRegion } from '../support/db.js';
import { runCli } from '../support/run.js';
import { seed } from '../stats/insights/seed.js';

const DATA = {
  users: [
    ['U0SLICE', 'Slice, Jr.'],
    ['U0DOC', 'The "Doc"'],
  ] as Array<[string, string]>,
  aos: [['C0YARD', 'ao-the-yard']] as Array<[string, string]>,
  beatdowns: [
    { ao: 'C0YARD', date: '2025-03-03', q: 'U0SLICE', coqs: ['U0DOC'], count: 5 },
    { ao: 'C0YARD', date: '2025-03-01', q: 'U0DOC', pax: ['U0NOBODY'] },
  ],
};

const BEATDOWN_INFO = [
  'Date,AO,Q,Q_Is_App,CoQ,pax_count,fngs,fng_count',
  '2025-03-01,ao-the-yard,"The ""Doc""",0,,2,None,0',
  '2025-03-03,ao-the-yard,"Slice, Jr.",0,"The ""Doc""",5,None,0',
  '',
].join('\r\n');

const ATTENDANCE_VIEW = [
  'Date,AO,PAX,Q',
  '2025-03-01,ao-the-yard,,"The ""Doc"""',
  '2025-03-01,ao-the-yard,"The ""Doc""","The ""Doc"""',
  '2025-03-03,ao-the-yard,"Slice, Jr.","Slice, Jr."',
  '2025-03-03,ao-the-yard,"The ""Doc""","Slice, Jr."',
  '',
].join('\r\n');

describe.each(dialects())('paxminer export on %s', (dialect) => {
  let t: TestRegion;
  let dir: string;
  beforeEach(async () => {
    t = await createTestRegion(dialect);
    await seed(t.ctx.db, DATA);
    dir = mkdtempSync(join(tmpdir(), 'paxminer-export-'));
  });
  afterEach(async () => {
    await t.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes both views as CSV, quoted where needed, in date order', async () => {
    const r = await runCli(['export', '--out', join(dir, 'out')], { env: { DATABASE_URL: t.url } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual([join(dir, 'out', 'beatdown_info.csv'), join(dir, 'out', 'attendance_view.csv')]);
    expect(r.stderr).toMatch(/2 beatdown_info rows and 4 attendance_view rows/);
    expect(readFileSync(join(dir, 'out', 'beatdown_info.csv'), 'utf8')).toBe(BEATDOWN_INFO);
    expect(readFileSync(join(dir, 'out', 'attendance_view.csv'), 'utf8')).toBe(ATTENDANCE_VIEW);
  });

  it('a failed export leaves the earlier file whole and no partial file behind', async () => {
    const path = join(dir, 'attendance_view.csv');
    writeFileSync(path, 'earlier export\r\n');
    await sql`drop view attendance_view`.execute(t.ctx.db);
    await expect(exportView(t.ctx.db, 'attendance_view', path)).rejects.toThrow();
    expect(readFileSync(path, 'utf8')).toBe('earlier export\r\n');
    expect(readdirSync(dir)).toEqual(['attendance_view.csv']);
  });

  it('streams a region of many rows', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => ({
      timestamp: null,
      ts_edited: null,
      user_id: `U${String(i % 300).padStart(4, '0')}`,
      ao_id: 'C0YARD',
      date: `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((Math.floor(i / 12) % 28) + 1).padStart(2, '0')}`,
      q_user_id: `UQ${Math.floor(i / 300)}`,
      json: null,
    }));
    for (let i = 0; i < rows.length; i += 500)
      await t.ctx.db
        .insertInto('bd_attendance')
        .values(rows.slice(i, i + 500))
        .execute();
    const path = join(dir, 'attendance_view.csv');
    expect(await exportView(t.ctx.db, 'attendance_view', path)).toBe(3004);
    const lines = readFileSync(path, 'utf8').split('\r\n');
    expect(lines).toHaveLength(3006);
    const dates = lines.slice(1, -1).map((l) => l.slice(0, 10));
    expect(dates).toEqual([...dates].sort());
  });
});

describe('csvField', () => {
  it('quotes quotes, commas, line breaks and edge spaces; null is empty', () => {
    expect([
      csvField('plain'),
      csvField('a,b'),
      csvField('say "hi"'),
      csvField('two\nlines'),
      csvField(' lead'),
      csvField(null),
      csvField(7),
    ]).toEqual(['plain', '"a,b"', '"say ""hi"""', '"two\nlines"', '" lead"', '', '7']);
  });
});
