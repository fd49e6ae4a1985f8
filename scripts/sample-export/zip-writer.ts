import { closeSync, openSync, readdirSync, readFileSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

// Packs an export folder into a .zip like the one Slack hands out: every file deflated, names
// relative to the folder, entries in sorted order. Written file by file, so memory stays small.

interface Written {
  name: Buffer;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

// A fixed DOS time (2025-01-01 00:00) keeps the bytes the same from run to run.
const DOS_TIME = 0;
const DOS_DATE = ((2025 - 1980) << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800;

/**
 * The fields a local header and its central directory record share, in the same order: version
 * needed, flags, method (deflate), time, date, CRC, sizes and the name's length.
 */
function writeEntryFields(header: Buffer, at: number, e: Written): void {
  header.writeUInt16LE(20, at);
  header.writeUInt16LE(UTF8_NAMES, at + 2);
  header.writeUInt16LE(8, at + 4);
  header.writeUInt16LE(DOS_TIME, at + 6);
  header.writeUInt16LE(DOS_DATE, at + 8);
  header.writeUInt32LE(e.crc, at + 10);
  header.writeUInt32LE(e.compressed, at + 14);
  header.writeUInt32LE(e.size, at + 18);
  header.writeUInt16LE(e.name.length, at + 22);
}

function files(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  const entries = readdirSync(join(dir, prefix), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries.filter((x) => x.isFile())) out.push(prefix + e.name);
  for (const e of entries.filter((x) => x.isDirectory())) out.push(...files(dir, `${prefix}${e.name}/`));
  return out;
}

/** Writes `dir` as a zip to `zipPath`. */
export function zipFolder(dir: string, zipPath: string): { entries: number; bytes: number } {
  const names = files(dir);
  if (names.length > 0xffff) throw new Error(`${names.length} files: more than a zip without ZIP64 holds`);
  const fd = openSync(zipPath, 'w');
  const written: Written[] = [];
  let offset = 0;
  const write = (b: Buffer) => {
    writeSync(fd, b);
    offset += b.length;
  };
  try {
    for (const file of names) {
      const data = readFileSync(join(dir, file));
      const packed = deflateRawSync(data);
      const entry = { name: Buffer.from(file, 'utf8'), crc: crc32(data), compressed: packed.length, size: data.length, offset };
      if (offset + packed.length > 0xffffffff) throw new Error('more than 4 GB: more than a zip without ZIP64 holds');
      const header = Buffer.alloc(30);
      header.writeUInt32LE(0x04034b50, 0);
      writeEntryFields(header, 4, entry);
      write(Buffer.concat([header, entry.name]));
      write(packed);
      written.push(entry);
    }
    const start = offset;
    for (const e of written) {
      const header = Buffer.alloc(46);
      header.writeUInt32LE(0x02014b50, 0);
      header.writeUInt16LE(20, 4);
      writeEntryFields(header, 6, e);
      header.writeUInt32LE(e.offset, 42);
      write(Buffer.concat([header, e.name]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(written.length, 8);
    end.writeUInt16LE(written.length, 10);
    end.writeUInt32LE(offset - start, 12);
    end.writeUInt32LE(start, 16);
    write(end);
  } finally {
    closeSync(fd);
  }
  return { entries: written.length, bytes: statSync(zipPath).size };
}
