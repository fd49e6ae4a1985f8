// Message events the database could not take yet, kept in a small JSON-lines file so they survive a
// restart. One line per event, keyed by channel, ts and version; a line is removed once recorded.

import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Settings } from '../config.js';
import { sqlitePath } from '../db/connect.js';

export interface SpoolEntry {
  key: string;
  event: Record<string, unknown>;
  me: { teamId?: string; botId?: string; botUserId?: string };
}

/**
 * Where a region's spool lives: beside its SQLite file (`x.sqlite.spool.jsonl`), or for MySQL in
 * `SPOOL_DIR` (default `./data/spool`), one file per database. None for an in-memory database.
 */
export function spoolPath(settings: Settings, schema?: string): string | null {
  const url = settings.databaseUrl;
  if (url.startsWith('sqlite:')) {
    const path = sqlitePath(url);
    return path === ':memory:' ? null : `${path}.spool.jsonl`;
  }
  const u = new URL(url);
  const name = [u.hostname, u.port || '3306', schema ?? u.pathname.slice(1)].join('-').replace(/[^\w.-]/g, '_');
  return join(settings.spoolDir ?? './data/spool', `${name}.jsonl`);
}

/** The spool: a file when it has a path, in memory otherwise; at most `limit` entries. */
export class Spool {
  private memory: SpoolEntry[] | null = null;
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly path: string | null,
    private readonly limit = 1_000,
  ) {}

  /** Keeps `entry`: 'new', 'again' when its key is kept already, 'full' when there is no room. */
  add(entry: SpoolEntry): Promise<'new' | 'again' | 'full'> {
    return this.change((all) => {
      if (all.some((e) => e.key === entry.key)) return 'again';
      if (all.length >= this.limit) return 'full';
      all.push(entry);
      return 'new';
    }, (r) => r === 'new');
  }

  remove(key: string): Promise<boolean> {
    return this.change((all) => {
      const at = all.findIndex((e) => e.key === key);
      if (at >= 0) all.splice(at, 1);
      return at >= 0;
    }, (r) => r);
  }

  all(): Promise<SpoolEntry[]> {
    return this.serial(() => this.load());
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.chain.then(work, work);
    this.chain = run.catch(() => undefined);
    return run;
  }

  private change<T>(edit: (all: SpoolEntry[]) => T, changed: (result: T) => boolean): Promise<T> {
    return this.serial(async () => {
      const all = await this.load();
      const result = edit(all);
      if (changed(result)) await this.save(all);
      return result;
    });
  }

  private async load(): Promise<SpoolEntry[]> {
    if (!this.path) return (this.memory ??= []);
    let text = '';
    try {
      text = await readFile(this.path, 'utf8');
    } catch (err) {
      if ((err as { code?: string }).code !== 'ENOENT') throw err;
    }
    // A line cut short by a crash is skipped: its event is read again by the nightly reconciliation.
    return text.split('\n').flatMap((line) => {
      try {
        return line.trim() ? [JSON.parse(line) as SpoolEntry] : [];
      } catch {
        return [];
      }
    });
  }

  private async save(all: SpoolEntry[]): Promise<void> {
    if (!this.path) {
      this.memory = all;
      return;
    }
    await mkdir(dirname(this.path), { recursive: true });
    const tmp = `${this.path}.tmp`;
    await writeFile(tmp, all.map((e) => `${JSON.stringify(e)}\n`).join(''));
    await rename(tmp, this.path);
  }
}
