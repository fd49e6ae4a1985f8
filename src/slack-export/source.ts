import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ZipFile } from 'yauzl';
import { ZIP_LIMITS, type ZipLimits } from './zip-limits.js';
import { openZipFile, readEntry, readListed, type ZipListed } from './zip-reader.js';

// A Slack workspace export, as a folder or as the .zip Slack gives admins: users.json,
// channels.json, groups.json (private channels) at the top, and a folder per channel holding one
// JSON file per day. Day files are read one at a time, so memory holds their list, never the export.
//
// They are read day by day across channels (channels by name within a day), not channel by
// channel: the earliest post of a beatdown is the one that stands, whichever channel it is in, and
// the database's indexes (by date, by ts) are filled in order, which is much quicker than at random.

export const TOP_FILES = ['users.json', 'channels.json', 'groups.json'] as const;
export type TopFile = (typeof TOP_FILES)[number];

const DAY_FILE = /^\d{4}-\d{2}-\d{2}\.json$/;

export interface DayFile {
  /** Path inside the export: `ao-the-forge/2024-03-05.json`. */
  path: string;
  /** The channel folder. */
  folder: string;
  /** The file's text (UTF-8). */
  read(): Promise<string>;
}

export interface ExportReader {
  /** The path it was opened from. */
  path: string;
  /** The top files the export has: their bytes, or why they could not be read. */
  top: Map<TopFile, Buffer | Error>;
  /** Number of day files. */
  files: number;
  /**
   * Every day file, day by day, channels by name within a day. Those of the folders `wanted` (all
   * by default) are read ahead; the others only if their `read()` is called.
   */
  dayFiles(wanted?: (folder: string) => boolean): AsyncGenerator<DayFile>;
  close(): Promise<void>;
}

/** Thrown when PATH is not an export at all (missing, or neither users.json nor channels.json). */
export class ExportError extends Error {}

/** Opens an export folder or zip and takes stock of it (one pass over the zip's directory). */
export async function openExport(path: string, limits: ZipLimits = ZIP_LIMITS): Promise<ExportReader> {
  if (!existsSync(path)) throw new ExportError(`${path}: no such file or folder`);
  return statSync(path).isDirectory() ? openFolder(path) : openZip(path, limits);
}

function notAnExport(path: string): ExportError {
  return new ExportError(`${path}: not a Slack export (no users.json or channels.json at its top)`);
}

interface Listed {
  folder: string;
  name: string;
}

function byDay(a: Listed, b: Listed): number {
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.folder < b.folder ? -1 : a.folder > b.folder ? 1 : 0;
}

async function tryRead(file: string): Promise<Buffer | Error> {
  try {
    return await readFile(file);
  } catch (err) {
    return err instanceof Error ? err : new Error(String(err));
  }
}

// ---- folder

// What macOS Finder (and others) leave beside the folders they unpack: never part of an export.
const NOT_EXPORT = (name: string) => name === '__MACOSX' || name.startsWith('.');

async function subfolders(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory() && !NOT_EXPORT(e.name))
    .map((e) => e.name)
    .sort();
}

const hasTop = (dir: string) => TOP_FILES.slice(0, 2).some((f) => existsSync(join(dir, f)));

async function openFolder(path: string): Promise<ExportReader> {
  let root = path;
  if (!hasTop(root)) {
    // An export unpacked into a folder of its own one level down.
    const inner = await subfolders(path);
    if (inner.length !== 1 || !hasTop(join(path, inner[0]!))) throw notAnExport(path);
    root = join(path, inner[0]!);
  }
  const top = new Map<TopFile, Buffer | Error>();
  for (const name of TOP_FILES) if (existsSync(join(root, name))) top.set(name, await tryRead(join(root, name)));
  const listed: Listed[] = [];
  for (const folder of await subfolders(root)) {
    for (const e of await readdir(join(root, folder), { withFileTypes: true })) {
      if (e.isFile() && DAY_FILE.test(e.name)) listed.push({ folder, name: e.name });
    }
  }
  listed.sort(byDay);
  return {
    path,
    top,
    files: listed.length,
    async *dayFiles(wanted = everyFolder) {
      const readText = textReader();
      yield* readAhead(listed, wanted, ({ folder, name }) => readText(`${root}/${folder}/${name}`));
    },
    close: async () => undefined,
  };
}

/** Day files read at a time, before any of them is handed on. */
const READ_AHEAD = 256;
/** …and no more text than this ahead (characters), however large the files: memory stays bounded. */
const READ_AHEAD_TEXT = 1 << 20;
const everyFolder = () => true;

/**
 * The day files of `listed`, read up to READ_AHEAD at a time: tens of thousands of small reads in a
 * row cost less than each one between the parsing of two files (the kernel's path and page lookups
 * stay warm). A file that cannot be read fails its own `read()`, as it would read on its own.
 */
function* readAhead<T extends Listed>(
  listed: readonly T[],
  wanted: (folder: string) => boolean,
  load: (item: T) => string,
): Generator<DayFile> {
  for (let at = 0; at < listed.length; ) {
    const batch: DayFile[] = [];
    for (let text = 0; at < listed.length && batch.length < READ_AHEAD && text < READ_AHEAD_TEXT; at++) {
      const item = listed[at]!;
      let read: () => Promise<string>;
      if (!wanted(item.folder)) {
        read = async () => load(item);
      } else {
        try {
          const loaded = load(item);
          text += loaded.length;
          read = async () => loaded;
        } catch (err) {
          read = async () => {
            throw err;
          };
        }
      }
      batch.push({ path: `${item.folder}/${item.name}`, folder: item.folder, read });
    }
    yield* batch;
  }
}

/** The read buffer's size, and what it goes back to after a larger file. */
const SCRATCH_KEPT = 64 * 1024;

/**
 * Reads whole files as text through one buffer, grown as needed. Tens of thousands of small files:
 * synchronous reads cost a fraction of a thread-pool round trip each, and a buffer of their own
 * (readFileSync's, sized by an fstat first) costs as much again as the read.
 */
function textReader(): (file: string) => string {
  let scratch = Buffer.allocUnsafe(SCRATCH_KEPT);
  return (file) => {
    const fd = openSync(file, 'r');
    try {
      let length = 0;
      for (;;) {
        if (length === scratch.length) {
          const bigger = Buffer.allocUnsafe(scratch.length * 2);
          scratch.copy(bigger);
          scratch = bigger;
        }
        const got = readSync(fd, scratch, length, scratch.length - length, null);
        if (got === 0) {
          const text = scratch.toString('utf8', 0, length);
          // One large file does not keep a large buffer for the rest of the export.
          if (scratch.length > SCRATCH_KEPT) scratch = Buffer.allocUnsafe(SCRATCH_KEPT);
          return text;
        }
        length += got;
      }
    } finally {
      closeSync(fd);
    }
  };
}

// ---- zip

/** The folder above the channel folder (`''` at the root), the channel folder and the file name of a zip entry. */
function split(fileName: string): { dir: string; folder: string; name: string } | null {
  const parts = fileName.split('/');
  if (parts.length < 2 || parts.some((p) => p === '')) return null;
  const name = parts.pop()!;
  const folder = parts.pop()!;
  return { dir: parts.length ? `${parts.join('/')}/` : '', folder, name };
}

async function openZip(path: string, limits: ZipLimits): Promise<ExportReader> {
  let zip: ZipFile;
  try {
    zip = await openZipFile(path);
  } catch (err) {
    throw new ExportError(`${path}: not a folder or a readable zip (${(err as Error).message})`);
  }
  // Top files sit at the root, or one folder down when someone zipped the unpacked folder again.
  const candidates = new Map<string, Map<TopFile, Buffer | Error>>();
  const days = new Map<string, ZipListed[]>();
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith('/')) continue;
      const name = basename(entry.fileName);
      const dir = entry.fileName.slice(0, entry.fileName.length - name.length);
      if ((TOP_FILES as readonly string[]).includes(name) && dir.split('/').length <= 2) {
        const found = candidates.get(dir) ?? new Map<TopFile, Buffer | Error>();
        candidates.set(dir, found);
        found.set(name as TopFile, await readEntry(zip, entry, limits.topFileBytes).catch((err: Error) => err));
        continue;
      }
      const parts = split(entry.fileName);
      if (!parts || !DAY_FILE.test(parts.name)) continue;
      const list = days.get(parts.dir) ?? [];
      days.set(parts.dir, list);
      list.push({
        folder: parts.folder,
        name: parts.name,
        offset: entry.relativeOffsetOfLocalHeader,
        compressedSize: entry.compressedSize,
        uncompressedSize: entry.uncompressedSize,
        compressionMethod: entry.compressionMethod,
        flags: entry.generalPurposeBitFlag,
        crc: entry.crc32,
      });
    }
  } catch (err) {
    throw new ExportError(`${path}: unreadable zip (${(err as Error).message})`);
  } finally {
    zip.close();
  }
  const prefix = [...candidates.keys()].sort((a, b) => a.length - b.length)[0];
  if (prefix === undefined) throw notAnExport(path);
  const listed = (days.get(prefix) ?? []).sort(byDay);
  let fd: number | null = null;
  return {
    path,
    top: candidates.get(prefix)!,
    files: listed.length,
    async *dayFiles(wanted = everyFolder) {
      const file = (fd ??= openSync(path, 'r'));
      yield* readAhead(listed, wanted, (item) => readListed(file, item, limits.dayFileBytes).toString('utf8'));
    },
    close: async () => {
      if (fd !== null) closeSync(fd);
      fd = null;
    },
  };
}
