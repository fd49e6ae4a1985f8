import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateExport, type GeneratedExport } from '../../scripts/sample-export/generate.js';
import { importExport } from '../../src/slack-export/import.js';
import { openExport } from '../../src/slack-export/source.js';
import { zipFolder } from '../../scripts/sample-export/zip-writer.js';
import { createTestRegion, type TestRegion } from '../support/db.js';

// Small caps stand in for the real ones, so the bombs here are kilobytes, not gigabytes.
const LIMITS = { dayFileBytes: 200_000, topFileBytes: 400_000 };
const BOMB_BYTES = 2_000_000;

let root: string;
let made: GeneratedExport;
let folder: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'paxminer-zip-limits-'));
  made = generateExport({ dir: join(root, 'export'), seed: 11, aos: 2, months: 1, start: '2025-03-01' });
  folder = Object.values(made.folders).sort()[0]!;
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A copy of the export with `extra` files added, zipped. */
function zipWith(name: string, extra: Record<string, string>): string {
  const dir = join(root, name);
  cpSync(made.dir, dir, { recursive: true });
  for (const [path, text] of Object.entries(extra)) writeFileSync(join(dir, path), text);
  const zip = join(root, `${name}.zip`);
  zipFolder(dir, zip);
  return zip;
}

/** Rewrites the uncompressed size the zip states for `entry` (local header and directory) to `size`. */
function lieAboutSize(zip: string, entry: string, size: number): void {
  const bytes = readFileSync(zip);
  const name = Buffer.from(entry);
  for (let at = bytes.indexOf(name); at >= 0; at = bytes.indexOf(name, at + 1)) {
    if (bytes.readUInt32LE(at - 30) === 0x04034b50) bytes.writeUInt32LE(size, at - 30 + 22);
    if (bytes.readUInt32LE(at - 46) === 0x02014b50) bytes.writeUInt32LE(size, at - 46 + 24);
  }
  writeFileSync(zip, bytes);
}

const padded = (bytes: number) => `[${' '.repeat(bytes)}]`;

describe('zip entries past their cap', () => {
  it('refuses a day file that would inflate past the cap, naming it, and reads the others', async () => {
    const zip = zipWith('day-bomb', { [`${folder}/2030-01-01.json`]: padded(BOMB_BYTES) });
    expect(readFileSync(zip).length).toBeLessThan(200_000);
    const reader = await openExport(zip, LIMITS);
    const failures: Array<[string, string]> = [];
    let read = 0;
    try {
      for await (const f of reader.dayFiles()) {
        try {
          await f.read();
          read += 1;
        } catch (err) {
          failures.push([f.path, (err as Error).message]);
        }
      }
    } finally {
      await reader.close();
    }
    expect(failures).toEqual([[`${folder}/2030-01-01.json`, expect.stringMatching(/refused: it inflates to 2 MB, over the 0\.191 MB a file may have/)]]);
    expect(read).toBe(made.files);
  });

  it('refuses a day file that inflates past the size the zip states', async () => {
    const zip = zipWith('day-liar', { [`${folder}/2030-01-02.json`]: padded(BOMB_BYTES) });
    lieAboutSize(zip, `${folder}/2030-01-02.json`, 1000);
    const reader = await openExport(zip, LIMITS);
    try {
      for await (const f of reader.dayFiles()) {
        if (f.path.endsWith('2030-01-02.json')) await expect(f.read()).rejects.toThrow(/inflates past the 1000 bytes the zip states/);
      }
    } finally {
      await reader.close();
    }
  });

  it('refuses a users.json past its cap, and one that lies about its size', async () => {
    const big = await openExport(zipWith('users-bomb', { 'users.json': padded(BOMB_BYTES) }), LIMITS);
    await big.close();
    expect(String(big.top.get('users.json'))).toMatch(/refused: it inflates to/);
    const liarZip = zipWith('users-liar', { 'users.json': padded(BOMB_BYTES) });
    lieAboutSize(liarZip, 'users.json', 5000);
    const liar = await openExport(liarZip, LIMITS);
    await liar.close();
    expect(String(liar.top.get('users.json'))).toMatch(/inflates past the 5000 bytes/);
  });
});

describe('importing a zip with a bomb in it', () => {
  let t: TestRegion;
  beforeEach(async () => {
    t = await createTestRegion('sqlite');
  });
  afterEach(async () => t.cleanup());

  it('names the refused entry in the summary and records everything else', async () => {
    const zip = zipWith('import-bomb', { [`${folder}/2030-01-03.json`]: padded(BOMB_BYTES) });
    const summary = await importExport(t.ctx, zip, { zipLimits: LIMITS });
    expect(summary.unreadable).toEqual([{ file: `${folder}/2030-01-03.json`, error: expect.stringMatching(/refused/) }]);
    expect(summary.saved).toBe(made.saved);
  });
});
