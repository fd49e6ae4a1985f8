import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import type { Kysely } from 'kysely';
import type { Database } from '../db/types.js';
import { UsageError, type CommandRunner } from './command.js';
import { readFlags } from './flags.js';
import { withRegion } from './region.js';

// `paxminer export --out DIR`: PAXminer's two views as CSV files for spreadsheets and dashboards,
// streamed row by row so a large region never sits in memory. Each file is written beside its final
// name and renamed into place when complete: a failed export leaves the previous files as they were.

/** One CSV field: quoted when it holds a quote, comma, line break or edge space; null is empty. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly unknown[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

const VIEWS = {
  beatdown_info: {
    columns: ['Date', 'AO', 'Q', 'Q_Is_App', 'CoQ', 'pax_count', 'fngs', 'fng_count'],
    order: ['Date', 'AO', 'Q'],
  },
  attendance_view: {
    columns: ['Date', 'AO', 'PAX', 'Q'],
    order: ['Date', 'AO', 'Q', 'PAX'],
  },
} as const;

export type ExportedView = keyof typeof VIEWS;

/** Writes one view to `path` as CSV with a header line; resolves to the number of data rows. */
export async function exportView(db: Kysely<Database>, view: ExportedView, path: string): Promise<number> {
  const { columns, order } = VIEWS[view];
  const partial = `${path}.partial`;
  const out = createWriteStream(partial);
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  failed.catch(() => undefined);
  let rows = 0;
  try {
    const write = async (line: string) => {
      if (!out.write(line)) await Promise.race([once(out, 'drain'), failed]);
    };
    await write(csvLine(columns));
    let query = db.selectFrom(view).select([...columns] as never[]);
    for (const column of order) query = query.orderBy(column as never);
    for await (const row of query.stream(500)) {
      const record = row as Record<string, unknown>;
      await write(csvLine(columns.map((c) => record[c])));
      rows += 1;
    }
    out.end();
    await Promise.race([once(out, 'finish'), failed]);
    await rename(partial, path);
    return rows;
  } catch (err) {
    // The file is opened in the background: removed before that open ends, it would come back.
    out.destroy();
    await finished(out).catch(() => undefined);
    await rm(partial, { force: true });
    throw err;
  }
}

export const exportCommand: CommandRunner = {
  async run(args, io) {
    const flags = readFlags(args, { valued: ['out'] });
    const out = flags.get('out');
    if (typeof out !== 'string') throw new UsageError('--out DIR is required');
    const dir = resolve(out);
    await mkdir(dir, { recursive: true });
    return withRegion(io, async (ctx) => {
      const counts: string[] = [];
      for (const view of Object.keys(VIEWS) as ExportedView[]) {
        const path = join(dir, `${view}.csv`);
        const rows = await exportView(ctx.db, view, path);
        io.stdout.write(`${path}\n`);
        counts.push(`${rows} ${view} rows`);
      }
      io.stderr.write(`exported ${counts.join(' and ')} to ${dir}\n`);
      return 0;
    });
  },
};
