import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateExport, type GeneratedExport } from '../../scripts/sample-export/generate.js';
import { openExport } from '../../src/slack-export/source.js';
import { zipFolder } from '../../scripts/sample-export/zip-writer.js';

let root: string;
let made: GeneratedExport;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'paxminer-source-'));
  made = generateExport({ dir: join(root, 'export'), seed: 9, aos: 3, months: 1 });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function contents(path: string) {
  const reader = await openExport(path);
  try {
    const files: Array<[string, string]> = [];
    for await (const f of reader.dayFiles()) files.push([f.path, (await f.read()).toString('utf8')]);
    const top = Object.fromEntries([...reader.top].map(([name, bytes]) => [name, (bytes as Buffer).length]));
    return { files: reader.files, top, list: files };
  } finally {
    await reader.close();
  }
}

describe('reading an export', () => {
  it('a folder and its zip hold the same day files, read day by day', async () => {
    zipFolder(made.dir, join(root, 'export.zip'));
    const folder = await contents(made.dir);
    const zip = await contents(join(root, 'export.zip'));
    expect(zip).toEqual(folder);
    expect(folder.files).toBe(made.files);
    expect(folder.list).toHaveLength(made.files);
    expect(Object.keys(folder.top).sort()).toEqual(['channels.json', 'groups.json', 'users.json']);
    // Day by day across channels, channels by name within a day.
    const keys = folder.list.map(([p]) => p.split('/').reverse().join(' '));
    expect(keys).toEqual([...keys].sort());
  });

  it('finds an export unpacked one folder down, as a folder or zipped again', async () => {
    const outer = join(root, 'outer');
    mkdirSync(outer);
    cpSync(made.dir, join(outer, 'F3 Sample Slack export Aug 1 2025 - Oct 31 2025'), { recursive: true });
    zipFolder(outer, join(root, 'outer.zip'));
    const direct = await contents(made.dir);
    expect(await contents(outer)).toEqual(direct);
    expect(await contents(join(root, 'outer.zip'))).toEqual(direct);
  });

  it('an export without groups.json reads the same without private channels', async () => {
    const dir = join(root, 'no-groups');
    cpSync(made.dir, dir, { recursive: true });
    rmSync(join(dir, 'groups.json'));
    const reader = await openExport(dir);
    expect([...reader.top.keys()].sort()).toEqual(['channels.json', 'users.json']);
    await reader.close();
  });
});
