import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
    for await (const f of reader.dayFiles()) files.push([f.path, await f.read()]);
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

  it('reads day files of any size whole, multi-byte text included, as the zip does', async () => {
    const dir = join(root, 'big-days');
    cpSync(made.dir, dir, { recursive: true });
    const folder = readdirSync(dir, { withFileTypes: true }).find((e) => e.isDirectory())!.name;
    // Past the reader's first buffer (64 KB) and past its doubling, with '•' and emoji across every boundary.
    const texts = [1, 64 * 1024 - 1, 64 * 1024, 64 * 1024 + 1, 300_000].map((n, i) => {
      const text = `[{"text":"${'• 💪 '.repeat(Math.ceil(n / 7)).slice(0, n)}"}]`;
      writeFileSync(join(dir, folder, `2031-01-0${i + 1}.json`), text);
      return [`${folder}/2031-01-0${i + 1}.json`, text] as const;
    });
    zipFolder(dir, join(root, 'big-days.zip'));
    const read = await contents(dir);
    for (const [path, text] of texts) expect(read.list.find(([p]) => p === path)?.[1]).toBe(text);
    for (const [path, text] of read.list) expect(text).toBe(readFileSync(join(dir, path), 'utf8'));
    expect(await contents(join(root, 'big-days.zip'))).toEqual(read);
  });

  it('reads ahead only the folders asked for; the others are read when asked', async () => {
    const dir = join(root, 'wanted');
    cpSync(made.dir, dir, { recursive: true });
    const reader = await openExport(dir);
    try {
      const folders = [...new Set(readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name))];
      const skip = folders[0]!;
      const files = reader.dayFiles((folder) => folder !== skip);
      const first = await files.next();
      // The first files are read now: gone from the disk, what was read ahead is still there.
      rmSync(dir, { recursive: true, force: true });
      const batch = [first.value!];
      for (let i = 0; i < 40; i++) batch.push((await files.next()).value!);
      expect(batch.some((f) => f.folder === skip)).toBe(true);
      for (const f of batch) {
        if (f.folder === skip) await expect(f.read()).rejects.toThrow(/ENOENT/);
        else expect(JSON.parse(await f.read())).toBeInstanceOf(Array);
      }
    } finally {
      await reader.close();
    }
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
