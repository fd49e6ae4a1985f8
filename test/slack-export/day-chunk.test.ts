import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateExport, type GeneratedExport } from '../../scripts/sample-export/generate.js';
import type { ParseContext } from '../../src/backblast/types.js';
import { packDays, unpackDays } from '../../src/slack-export/day-chunk.js';
import { jsonArray, readDays, type DayResult } from '../../src/slack-export/days.js';
import { openExport } from '../../src/slack-export/source.js';

let root: string;
let made: GeneratedExport;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'paxminer-day-chunk-'));
  made = generateExport({ dir: join(root, 'export'), seed: 11, aos: 4, months: 2 });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function allDays(dir: string): Promise<DayResult[]> {
  const reader = await openExport(dir);
  try {
    const list = (name: 'users.json' | 'channels.json') => jsonArray(reader.top.get(name) as Buffer) as never[];
    const context: ParseContext = { users: list('users.json'), channels: list('channels.json'), tz: 'America/Chicago' };
    const days: DayResult[] = [];
    for await (const day of readDays(reader, context)) days.push(day);
    return days;
  } finally {
    await reader.close();
  }
}

describe('day results handed from the parse worker as flat lists', () => {
  it('come back as they were: read, ignored and unreadable days, skipped and pending backblasts', async () => {
    const dir = join(root, 'mixed');
    cpSync(made.dir, dir, { recursive: true });
    const folder = readdirSync(dir, { withFileTypes: true }).find((e) => e.isDirectory() && e.name.startsWith('ao'))!.name;
    writeFileSync(join(dir, folder, '2031-02-01.json'), '{"not": "an array"}');
    writeFileSync(join(dir, folder, '2031-02-02.json'), '[{"ts": "1');
    const days = await allDays(dir);
    const kinds = new Set(days.map((d) => d.status));
    expect([...kinds].sort()).toEqual(['ignored', 'read', 'unreadable']);
    expect(days.some((d) => d.skipped.length > 0)).toBe(true);
    expect(days.some((d) => d.pending.some((p) => p.record.tsEdited !== null))).toBe(true);
    expect(days.some((d) => d.pending.some((p) => p.unresolved.length > 0))).toBe(true);
    expect(days.some((d) => d.pending.some((p) => p.record.fngNames.length > 0))).toBe(true);
    expect(days.some((d) => d.pending.some((p) => p.record.coqUserIds.length > 0))).toBe(true);

    // In chunks of every size, as the worker sends them, through the structured clone postMessage makes.
    for (const size of [1, 7, 400, days.length]) {
      const back: DayResult[] = [];
      for (let at = 0; at < days.length; at += size)
        back.push(...unpackDays(structuredClone(packDays(days.slice(at, at + size)))));
      expect(back).toEqual(days);
    }
  });

  it('keeps what a record may leave out, and what it may hold beyond the usual', () => {
    const day: DayResult = {
      path: 'ao-the-forge/2024-03-05.json',
      folder: 'ao-the-forge',
      status: 'read',
      messages: 3,
      backblasts: 2,
      skipped: [{ file: 'ao-the-forge/2024-03-05.json', ts: '1.2', reason: 'no Q', detail: 'nobody named' }],
      pending: [
        {
          record: {
            ts: '1709640000.000100',
            tsEdited: null,
            channel: null,
            aoId: 'C01',
            date: '2024-03-05',
            qUserId: 'UQ',
            coqUserIds: [],
            paxUserIds: ['UQ'],
            paxCount: 1,
            fngNames: [],
            fngCount: 0,
            title: '',
            backblast: 'Backblast! 💪 • “quoted”\n\ttabs',
          },
          file: 'ao-the-forge/2024-03-05.json',
          ts: '1709640000.000100',
          unresolved: [],
        },
        {
          record: {
            ts: '1709640001.000100',
            tsEdited: '1709650000.000100',
            channel: 'C02',
            aoId: 'C01',
            date: '2024-03-05',
            qUserId: 'UQ2',
            coqUserIds: ['UC1', 'UC2'],
            paxUserIds: ['UQ2', 'UC1', 'UC2', 'UP'],
            paxCount: 6,
            fngNames: ['Gummy Bear', 'Rerun'],
            fngCount: 2,
            title: 'Title',
            backblast: 'raw',
            backblastParsed: 'parsed',
            extra: { source: 'import', warnings: ['a', { nested: [1, null, true] }], unresolved_pax: ['Uncle Rico'] },
          },
          file: 'ao-the-forge/2024-03-05.json',
          ts: '1709640001.000100',
          unresolved: ['Uncle Rico'],
        },
      ],
    };
    const unreadable: DayResult = {
      ...day,
      path: 'ao-x/2024-03-06.json',
      folder: 'ao-x',
      status: 'unreadable',
      error: 'Unexpected end of JSON input',
      skipped: [],
      pending: [],
      messages: 0,
      backblasts: 0,
    };
    const withoutError: DayResult = { ...unreadable, error: undefined };
    delete withoutError.error;
    const elsewhere: DayResult = { ...day, path: 'export/ao-the-forge/2024-03-05.json', folder: 'ao-the-forge', error: 'noted' };
    const all = [day, unreadable, day, withoutError, elsewhere];
    expect(unpackDays(structuredClone(packDays(all)))).toEqual(all);
    expect(unpackDays(structuredClone(packDays(all)))[3]).not.toHaveProperty('error');
  });
});
