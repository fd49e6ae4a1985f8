import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/config.js';
import { Spool, spoolPath, type SpoolEntry } from '../../src/slack/spool.js';

const entry = (n: number): SpoolEntry => ({ key: `C0YARD:${n}.000100:${n}.000100`, event: { type: 'message', text: `post ${n}`, ts: `${n}.000100` }, me: { teamId: 'T1' } });

describe('the retry spool', () => {
  const dir = mkdtempSync(join(tmpdir(), 'paxminer-spool-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps entries in a JSON-lines file that a new instance reads back, once per key', async () => {
    const path = join(dir, 'a', 'spool.jsonl');
    const first = new Spool(path);
    expect(await first.add(entry(1))).toBe('new');
    expect(await first.add(entry(2))).toBe('new');
    expect(await first.add(entry(1))).toBe('again');
    expect(readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l).key)).toEqual([entry(1).key, entry(2).key]);

    const restarted = new Spool(path);
    expect(await restarted.all()).toEqual([entry(1), entry(2)]);
    expect(await restarted.remove(entry(1).key)).toBe(true);
    expect(await restarted.remove(entry(1).key)).toBe(false);
    expect((await new Spool(path).all()).map((e) => e.key)).toEqual([entry(2).key]);
  });

  it('skips a line a crash cut short and refuses entries past its limit', async () => {
    const path = join(dir, 'b.jsonl');
    const spool = new Spool(path, 2);
    await spool.add(entry(1));
    appendFileSync(path, '{"key":"C0YARD:3.0001');
    expect((await spool.all()).map((e) => e.key)).toEqual([entry(1).key]);
    expect(await spool.add(entry(2))).toBe('new');
    expect(await spool.add(entry(3))).toBe('full');
    expect(await spool.all()).toHaveLength(2);
  });

  it('is in memory for an in-memory database', async () => {
    const spool = new Spool(null);
    expect(await spool.add(entry(1))).toBe('new');
    expect(await spool.all()).toEqual([entry(1)]);
  });

  it('lives beside the SQLite file, or in SPOOL_DIR for MySQL, one file per database', () => {
    expect(spoolPath(loadSettings({ DATABASE_URL: 'sqlite:/srv/f3/paxminer.sqlite' }))).toBe('/srv/f3/paxminer.sqlite.spool.jsonl');
    expect(spoolPath(loadSettings({ DATABASE_URL: 'sqlite::memory:' }))).toBeNull();
    expect(spoolPath(loadSettings({ DATABASE_URL: 'mysql://u:p@db.local/f3_region' }))).toBe(join('./data/spool', 'db.local-3306-f3_region.jsonl'));
    expect(spoolPath(loadSettings({ DATABASE_URL: 'mysql://u:p@db.local:3307/f3', SPOOL_DIR: '/var/spool/paxminer' }), 'f3_other')).toBe('/var/spool/paxminer/db.local-3307-f3_other.jsonl');
  });
});
