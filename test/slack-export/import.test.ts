import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateExport, type GeneratedExport } from '../../scripts/sample-export/generate.js';
import { SKIP_DUPLICATE, SKIP_NO_Q, importExport } from '../../src/slack-export/import.js';
import { zipFolder } from '../../scripts/sample-export/zip-writer.js';
import { createTestRegion, dialects, type TestRegion } from '../support/db.js';
import { attendanceByTs, dump } from './dump.js';

type Message = Record<string, unknown> & { ts: string; text: string };

let root: string;
let made: GeneratedExport;
let zip: string;

function dayFiles(dir: string, folder: string): string[] {
  return readdirSync(join(dir, folder)).sort();
}

function readDay(dir: string, path: string): Message[] {
  return JSON.parse(readFileSync(join(dir, path), 'utf8')) as Message[];
}

/** A copy of the export to change, and where it is. */
function copyOfExport(name: string): string {
  const dir = join(root, name);
  cpSync(made.dir, dir, { recursive: true });
  return dir;
}

/** The day file holding a recorded backblast, and that message. */
function fileOf(dir: string, ts: string, channel: string): { path: string; messages: Message[] } {
  const folder = made.folders[channel]!;
  for (const name of dayFiles(dir, folder)) {
    const messages = readDay(dir, `${folder}/${name}`);
    if (messages.some((m) => m.ts === ts)) return { path: `${folder}/${name}`, messages };
  }
  throw new Error(`no message ${ts} in ${folder}`);
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'paxminer-import-'));
  made = generateExport({ dir: join(root, 'export'), seed: 3, aos: 4, months: 2, start: '2024-10-01', details: true });
  zip = join(root, 'export.zip');
  zipFolder(made.dir, zip);
  // What the tests below rely on being in the export.
  expect(made.duplicates).toBeGreaterThan(0);
  expect(made.noQ).toBeGreaterThan(0);
  expect(made.edited).toBeGreaterThan(0);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.each(dialects())('import of a Slack export on %s', (dialect) => {
  let t: TestRegion;
  beforeEach(async () => {
    t = await createTestRegion(dialect);
  });
  afterEach(async () => t.cleanup());

  it('records every backblast with its ts, edit, AO, date, Q and attendance; skips reposts and ones without a Q', async () => {
    const progress: number[] = [];
    const summary = await importExport(t.ctx, made.dir, { batchSize: 50, onProgress: (p) => progress.push(p.files) });

    expect(summary).toMatchObject({
      users: made.users,
      channels: made.channels,
      messages: made.messages,
      backblasts: made.backblasts,
      saved: made.saved,
      updated: 0,
      unchanged: 0,
      unreadable: [],
      ignoredFolders: ['mpdm-iron--tuna--goose-1'],
    });
    expect(summary.skipped).toEqual({ [SKIP_DUPLICATE]: made.duplicates, [SKIP_NO_Q]: made.noQ });
    expect(summary.unresolved.map((u) => u.name).sort()).toEqual(made.guests);
    expect(progress.at(-1)).toBe(made.files);

    const beatdowns = await t.ctx.db.selectFrom('beatdowns').selectAll().execute();
    const byTs = new Map(beatdowns.map((b) => [b.timestamp, b]));
    const attendance = await attendanceByTs(t.ctx.db);
    const recorded = made.details.filter((d) => d.fate === 'saved');
    expect(beatdowns).toHaveLength(recorded.length);
    for (const want of recorded) {
      expect(byTs.get(want.ts), want.ts).toMatchObject({
        ao_id: want.aoId,
        bd_date: want.date,
        q_user_id: want.qUserId,
        ts_edited: want.tsEdited,
      });
      expect(attendance.get(want.ts), want.ts).toEqual(want.attendees);
    }
    const rows = await t.ctx.db
      .selectFrom('bd_attendance')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(rows.n)).toBe(made.attendance);

    const aos = await t.ctx.db.selectFrom('aos').selectAll().execute();
    expect(aos).toHaveLength(made.channels);
    expect(aos.filter((a) => a.archived === 1)).toHaveLength(1);

    // Thread replies that read like backblasts (corrections under one) are not backblasts.
    const replies: string[] = [];
    for (const folder of Object.values(made.folders)) {
      for (const name of dayFiles(made.dir, folder)) {
        for (const m of readDay(made.dir, `${folder}/${name}`)) {
          if (typeof m.thread_ts === 'string' && m.thread_ts !== m.ts && /backblast/i.test(m.text)) replies.push(m.ts);
        }
      }
    }
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.filter((ts) => byTs.has(ts))).toEqual([]);
  });

  it('an import stopped by an error midway rejects at once, keeps what it committed, and the next one finishes', async () => {
    let calls = 0;
    const stopped = importExport(t.ctx, made.dir, {
      batchSize: 20,
      commitRows: 40,
      onProgress: () => {
        if (++calls === Math.floor(made.files / 2)) throw new Error('progress display went away');
      },
    });
    // A transaction left open would hold the only SQLite connection, and the import would never end.
    const ended = await Promise.race([
      stopped.then(
        () => 'finished',
        (err: Error) => err.message,
      ),
      new Promise((resolve) => setTimeout(() => resolve('still running after 20 s'), 20_000)),
    ]);
    expect(ended).toBe('progress display went away');
    const kept = (await t.ctx.db.selectFrom('beatdowns').select('timestamp').execute()).length;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(made.saved);

    const summary = await importExport(t.ctx, made.dir);
    expect(summary.saved + summary.unchanged).toBe(made.saved);
    expect(summary.unchanged).toBe(kept);
    expect(await t.ctx.db.selectFrom('beatdowns').select('timestamp').execute()).toHaveLength(made.saved);
  }, 60_000);

  it('a second import of the same export changes nothing', async () => {
    await importExport(t.ctx, made.dir, { batchSize: 64 });
    const before = await dump(t.ctx.db);
    const again = await importExport(t.ctx, made.dir, { batchSize: 64 });
    expect(again).toMatchObject({ saved: 0, updated: 0, unchanged: made.saved });
    expect(again.skipped).toEqual({ [SKIP_DUPLICATE]: made.duplicates, [SKIP_NO_Q]: made.noQ });
    expect(await dump(t.ctx.db)).toEqual(before);
  });

  it('the .zip Slack gives gives the same records as the unpacked folder', async () => {
    const other = await createTestRegion(dialect);
    try {
      const fromZip = await importExport(other.ctx, zip);
      const fromFolder = await importExport(t.ctx, made.dir);
      expect({ ...fromZip, source: '', seconds: 0 }).toEqual({ ...fromFolder, source: '', seconds: 0 });
      expect(await dump(other.ctx.db)).toEqual(await dump(t.ctx.db));
    } finally {
      await other.cleanup();
    }
  });

  it('an unreadable day file is reported and skipped; everything else goes in', async () => {
    const dir = copyOfExport(`broken-${dialect}`);
    const victim = made.details.find((d) => d.fate === 'saved' && d.channel === d.aoId)!;
    const { path, messages } = fileOf(dir, victim.ts, victim.channel);
    writeFileSync(join(dir, path), JSON.stringify(messages).slice(0, -20));
    const lost = made.details.filter((d) => d.fate === 'saved' && messages.some((m) => m.ts === d.ts));

    const summary = await importExport(t.ctx, dir);
    expect(summary.unreadable).toEqual([{ file: path, error: expect.stringMatching(/JSON/) }]);
    expect(summary.saved).toBe(made.saved - lost.length);
    const stored = await t.ctx.db.selectFrom('beatdowns').select('timestamp').execute();
    expect(stored.map((s) => s.timestamp)).not.toContain(victim.ts);

    // Fixed and imported again: the missing ones go in, nothing else moves.
    writeFileSync(join(dir, path), JSON.stringify(messages));
    const again = await importExport(t.ctx, dir);
    expect(again).toMatchObject({ saved: lost.length, unchanged: made.saved - lost.length, unreadable: [] });
  });

  it('zip entries that cannot be unpacked are reported and skipped', async () => {
    const recorded = made.details.filter((d) => d.fate === 'saved' && d.channel === d.aoId);
    const [a, b] = [recorded[0]!, recorded.find((d) => d.date !== recorded[0]!.date && d.channel !== recorded[0]!.channel)!];
    const files = [fileOf(made.dir, a.ts, a.channel), fileOf(made.dir, b.ts, b.channel)];
    const lost = made.details.filter((d) => d.fate === 'saved' && files.some((f) => f.messages.some((m) => m.ts === d.ts)));
    const bytes = readFileSync(zip);
    const headers = (path: string) => {
      const name = Buffer.from(path);
      const found = { local: -1, central: -1 };
      for (let at = bytes.indexOf(name); at >= 0; at = bytes.indexOf(name, at + 1)) {
        if (at >= 30 && bytes.readUInt32LE(at - 30) === 0x04034b50) found.local = at - 30;
        if (at >= 46 && bytes.readUInt32LE(at - 46) === 0x02014b50) found.central = at - 46;
      }
      return found;
    };
    // One says it is compressed with a method nothing here unpacks (12, bzip2), in both headers.
    const first = headers(files[0]!.path);
    bytes.writeUInt16LE(12, first.local + 8);
    bytes.writeUInt16LE(12, first.central + 10);
    // The other has its data damaged.
    const second = headers(files[1]!.path);
    const data = second.local + 30 + bytes.readUInt16LE(second.local + 26) + bytes.readUInt16LE(second.local + 28);
    for (let i = 10; i < 20; i++) bytes[data + i] = bytes[data + i]! ^ 0x5a;
    const broken = join(root, `broken-${dialect}.zip`);
    writeFileSync(broken, bytes);

    const summary = await importExport(t.ctx, broken);
    expect(summary.unreadable).toEqual(
      expect.arrayContaining([
        { file: files[0]!.path, error: expect.stringMatching(/compression method 12/) },
        { file: files[1]!.path, error: expect.any(String) },
      ]),
    );
    expect(summary.unreadable).toHaveLength(2);
    expect(summary.saved).toBe(made.saved - lost.length);
  });

  it('an export with a later edit of a backblast replaces it; an earlier version changes nothing', async () => {
    await importExport(t.ctx, made.dir);
    const target = made.details.find((d) => d.fate === 'saved' && d.tsEdited === null && d.channel === d.aoId)!;
    const newcomer = made.details.find(
      (d) => d.fate === 'saved' && !d.attendees.includes(target.qUserId!) && d.qUserId !== target.qUserId,
    )!;

    const edited = copyOfExport(`edited-${dialect}`);
    const { path, messages } = fileOf(edited, target.ts, target.channel);
    const message = messages.find((m) => m.ts === target.ts)!;
    message.text = `Backblast! Moved to the track\nDate: ${target.date}\nQ: <@${target.qUserId}>\nPAX: <@${newcomer.qUserId}>\nCount: 2`;
    message.edited = { user: target.qUserId, ts: `${Number(target.ts.split('.')[0]) + 900}.000000` };
    writeFileSync(join(edited, path), JSON.stringify(messages));

    const summary = await importExport(t.ctx, edited);
    expect(summary).toMatchObject({ saved: 0, updated: 1, unchanged: made.saved - 1 });
    const stored = await t.ctx.db
      .selectFrom('beatdowns')
      .selectAll()
      .where('timestamp', '=', target.ts)
      .executeTakeFirstOrThrow();
    expect(stored.ts_edited).toBe((message.edited as { ts: string }).ts);
    expect(stored.backblast).toBe(message.text);
    expect((await attendanceByTs(t.ctx.db)).get(target.ts)).toEqual([target.qUserId, newcomer.qUserId].sort());

    // The original export again: its version is older than the stored edit, so nothing changes.
    const before = await dump(t.ctx.db);
    const older = await importExport(t.ctx, made.dir);
    expect(older).toMatchObject({ saved: 0, updated: 0, unchanged: made.saved });
    expect(await dump(t.ctx.db)).toEqual(before);
  });

  it('a path that is no export is refused with a clear message, and nothing is written', async () => {
    await expect(importExport(t.ctx, join(root, 'nowhere'))).rejects.toThrow(/no such file or folder/);
    const notExport = join(root, `empty-${dialect}`);
    cpSync(join(made.dir, 'ao-forge'), join(notExport, 'ao-forge'), { recursive: true });
    await expect(importExport(t.ctx, notExport)).rejects.toThrow(/not a Slack export/);
    const notZip = join(root, `not-a-zip-${dialect}.zip`);
    writeFileSync(notZip, 'this is not a zip');
    await expect(importExport(t.ctx, notZip)).rejects.toThrow(/not a folder or a readable zip/);
    expect((await dump(t.ctx.db)).beatdowns).toEqual([]);
  });
});
