import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateExport } from '../../scripts/sample-export/generate.js';
import { zipFolder } from '../../scripts/sample-export/zip-writer.js';
import { ROOT } from '../support/run.js';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'paxminer-generate-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Path → sha256 of every file under a folder. */
function digest(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

describe('the sample export generator', () => {
  it('makes the same export from the same seed, and another from another seed', () => {
    const a = generateExport({ dir: join(root, 'a'), seed: 5, aos: 3, months: 1 });
    const b = generateExport({ dir: join(root, 'b'), seed: 5, aos: 3, months: 1 });
    const c = generateExport({ dir: join(root, 'c'), seed: 6, aos: 3, months: 1 });
    expect(digest(a.dir)).toEqual(digest(b.dir));
    expect(digest(c.dir)).not.toEqual(digest(a.dir));
    expect({ ...a, dir: '' }).toEqual({ ...b, dir: '' });
  });

  it('writes a Slack export: users, channels, private channels, a folder of day files per channel', () => {
    const made = generateExport({ dir: join(root, 'shape'), seed: 2, aos: 5, months: 2, start: '2024-03-01' });
    const users = JSON.parse(readFileSync(join(made.dir, 'users.json'), 'utf8')) as Array<{ id: string; profile: object }>;
    const channels = JSON.parse(readFileSync(join(made.dir, 'channels.json'), 'utf8')) as Array<{ id: string; name: string }>;
    const groups = JSON.parse(readFileSync(join(made.dir, 'groups.json'), 'utf8')) as Array<{ id: string; name: string }>;
    expect(users).toHaveLength(made.users);
    expect(channels.length + groups.length).toBe(made.channels);
    expect(groups).toHaveLength(1);
    for (const c of [...channels, ...groups]) {
      for (const day of readdirSync(join(made.dir, c.name))) {
        expect(day).toMatch(/^2024-0[345]-\d{2}\.json$/);
        const messages = JSON.parse(readFileSync(join(made.dir, c.name, day), 'utf8')) as Array<{ ts: string }>;
        expect(messages.map((m) => m.ts)).toEqual([...messages.map((m) => m.ts)].sort());
      }
    }
    expect(made.saved + made.duplicates + made.noQ).toBe(made.backblasts);
  });

  it('grows with the number of AOs and months asked for', () => {
    const small = generateExport({ dir: join(root, 'small'), seed: 3, aos: 2, months: 1 });
    const large = generateExport({ dir: join(root, 'large'), seed: 3, aos: 8, months: 4 });
    expect(large.channels - small.channels).toBe(6);
    expect(large.saved).toBeGreaterThan(small.saved * 10);
    expect(large.attendance / large.saved).toBeGreaterThan(4);
    expect(large.attendance / large.saved).toBeLessThan(9);
  });

  it("the repository's sample is what the generator makes with the settings its README gives", () => {
    const made = generateExport({ dir: join(root, 'sample'), seed: 1, aos: 4, months: 3, start: '2025-08-01' });
    expect(digest(join(ROOT, 'samples/export'))).toEqual(digest(made.dir));
    zipFolder(made.dir, join(root, 'sample.zip'));
    expect(readFileSync(join(root, 'sample.zip')).equals(readFileSync(join(ROOT, 'samples/export.zip')))).toBe(true);
  });
});
