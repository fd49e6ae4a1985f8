import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { generateExport, type GeneratedExport } from '../../scripts/sample-export/generate.js';
import { createTestRegion, dialects, type TestRegion } from '../support/db.js';
import { runCli, runNode } from '../support/run.js';

// The README's "try it without Slack": the sample export the repository ships.
let root: string;
let sample: GeneratedExport;
let larger: GeneratedExport;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'paxminer-cli-import-'));
  sample = generateExport({ dir: join(root, 'sample'), seed: 1, aos: 4, months: 3, start: '2025-08-01' });
  larger = generateExport({ dir: join(root, 'larger'), seed: 3, aos: 6, months: 6, start: '2024-01-01' });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.each(dialects())('paxminer import on %s', (dialect) => {
  let t: TestRegion;
  beforeEach(async () => {
    t = await createTestRegion(dialect);
  });
  afterEach(async () => t.cleanup());

  it('imports the sample export, then imports it again changing nothing', async () => {
    const env = { DATABASE_URL: t.url };
    const first = await runCli(['import', 'samples/export.zip'], { env });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^Imported samples\/export\.zip in [\d.]+ s/m);
    expect(first.stdout).toContain(`messages: ${sample.messages}, backblasts: ${sample.backblasts}`);
    expect(first.stdout).toContain(`recorded: ${sample.saved} (${sample.saved} new, 0 updated, 0 unchanged)`);
    expect(first.stdout).toMatch(new RegExp(`skipped: ${sample.duplicates + sample.noQ} \\(`));
    expect(first.stdout).toMatch(new RegExp(`duplicate AO \\+ date \\+ Q: ${sample.duplicates}`));
    expect(first.stdout).toMatch(new RegExp(`no Q: ${sample.noQ}`));
    expect(first.stdout).toContain(`unresolved names: ${sample.guests.length}`);
    expect(first.stdout).toMatch(/peak memory: \d+ MB/);
    // Not a terminal: plain progress lines on stderr.
    expect(first.stderr).toMatch(/^import: 100% \(250\/250 files, \d+ backblasts\)$/m);

    const second = await runCli(['import', 'samples/export'], { env });
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain(`recorded: ${sample.saved} (0 new, 0 updated, ${sample.saved} unchanged)`);
    const rows = await t.ctx.db
      .selectFrom('bd_attendance')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(rows.n)).toBe(sample.attendance);
  });

  it('killed midway, keeps whole beatdowns only, and the next run records the rest', async () => {
    const env = { DATABASE_URL: t.url };
    const count = async (table: 'beatdowns' | 'bd_attendance') =>
      Number((await t.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const killed = await runNode(['--import', 'tsx', 'test/support/import-child.ts', larger.dir], { env });
    expect(killed.code, killed.stderr).toBeNull();

    const kept = await count('beatdowns');
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(larger.saved);
    // Every stored beatdown has its attendance, and no attendance is left without its beatdown.
    const keys = await t.ctx.db
      .selectFrom('bd_attendance')
      .select(['ao_id', 'date', 'q_user_id'])
      .distinct()
      .execute();
    expect(keys.length).toBe(kept);

    const rest = await runCli(['import', larger.dir], { env });
    expect(rest.code, rest.stderr).toBe(0);
    expect(rest.stdout).toContain(`recorded: ${larger.saved} (${larger.saved - kept} new, 0 updated, ${kept} unchanged)`);
    expect(await count('beatdowns')).toBe(larger.saved);
    expect(await count('bd_attendance')).toBe(larger.attendance);
  });
});

describe('paxminer import usage', () => {
  it('needs exactly one path, and one that is an export', async () => {
    const none = await runCli(['import']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/expected the path of one export folder or \.zip/);
    const missing = await runCli(['import', 'samples/nothing-here'], {
      env: { DATABASE_URL: `sqlite:${join(root, 'usage.sqlite')}` },
    });
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe('paxminer import: samples/nothing-here: no such file or folder');
  });
});
