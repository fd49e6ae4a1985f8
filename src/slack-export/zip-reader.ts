import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { Readable } from 'node:stream';
import { crc32, inflateRawSync } from 'node:zlib';
import yauzl, { type ZipFile } from 'yauzl';
import { overCap, pastStated } from './zip-limits.js';

// Zip reading tuned for exports: tens of thousands of small entries. yauzl reads the directory
// (through a reader that answers from a window of the file); the day files are read directly.

/** What reading one zip entry takes, kept instead of yauzl's far larger Entry. */
export interface ZipListed {
  folder: string;
  name: string;
  offset: number;
  compressedSize: number;
  uncompressedSize: number;
  compressionMethod: number;
  flags: number;
  crc: number;
}

/**
 * yauzl's file reader makes a thread-pool round trip for every directory record: seconds for a
 * zip of 50,000 day files. This one reads the file a window at a time and answers from memory.
 */
class WindowReader extends yauzl.RandomAccessReader {
  private readonly window = Buffer.alloc(1 << 20);
  private start = 0;
  private end = 0;

  constructor(private readonly fd: number) {
    super();
  }

  override read(
    buffer: Buffer,
    offset: number,
    length: number,
    position: number,
    callback: (err: Error | null, bytesRead?: number) => void,
  ): void {
    try {
      if (length > this.window.length) {
        const n = readSync(this.fd, buffer, offset, length, position);
        process.nextTick(callback, null, n);
        return;
      }
      if (position < this.start || position + length > this.end) {
        this.start = position;
        this.end = position + readSync(this.fd, this.window, 0, this.window.length, position);
      }
      const n = this.window.copy(buffer, offset, position - this.start, Math.min(this.end, position + length) - this.start);
      process.nextTick(callback, null, n);
    } catch (err) {
      process.nextTick(callback, err as Error);
    }
  }

  // Not fs.createReadStream: destroying one closes the descriptor, whatever autoClose says.
  override _readStreamForRange(start: number, end: number): Readable {
    const fd = this.fd;
    let position = start;
    return new Readable({
      read() {
        if (position >= end) {
          this.push(null);
          return;
        }
        try {
          const chunk = Buffer.alloc(Math.min(end - position, 1 << 16));
          const n = readSync(fd, chunk, 0, chunk.length, position);
          position += n;
          this.push(n > 0 ? chunk.subarray(0, n) : null);
        } catch (err) {
          this.destroy(err as Error);
        }
      },
    });
  }

  override close(callback: (err: Error | null) => void): void {
    closeSync(this.fd);
    process.nextTick(callback, null);
  }
}

export async function openZipFile(path: string): Promise<ZipFile> {
  const fd = openSync(path, 'r');
  try {
    return await yauzl.fromRandomAccessReaderPromise(new WindowReader(fd), fstatSync(fd).size, {
      lazyEntries: true,
      autoClose: false,
      decodeStrings: true,
    });
  } catch (err) {
    try {
      closeSync(fd);
    } catch {
      // already closed by yauzl
    }
    throw err;
  }
}

async function readStream(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** One entry's bytes, refused when it states more than `cap`; yauzl stops one that inflates past what it states. */
export async function readEntry(zip: ZipFile, entry: yauzl.Entry, cap = Infinity): Promise<Buffer> {
  const refused = overCap(entry.uncompressedSize, cap);
  if (refused) throw refused;
  try {
    return await zip.openReadStreamPromise(entry).then(readStream);
  } catch (err) {
    throw /too many bytes/.test((err as Error).message) ? pastStated(entry.uncompressedSize) : err;
  }
}

/**
 * One day file's bytes, read straight from the zip: its local header, its data, inflated, checked
 * against the directory's CRC. Synchronous, so tens of thousands of small entries do not each pay
 * for a stream and thread-pool round trips.
 */
export function readListed(fd: number, e: ZipListed, cap = Infinity): Buffer {
  if (e.flags & 0x1) throw new Error('encrypted zip entry');
  const refused = overCap(e.uncompressedSize, cap);
  if (refused) throw refused;
  if (e.compressionMethod !== 0 && e.compressionMethod !== 8) {
    throw new Error(`unsupported compression method ${e.compressionMethod}`);
  }
  const header = Buffer.alloc(30);
  if (readSync(fd, header, 0, 30, e.offset) !== 30 || header.readUInt32LE(0) !== 0x04034b50) {
    throw new Error('no local file header where the zip directory says');
  }
  const start = e.offset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  const packed = Buffer.alloc(e.compressedSize);
  if (readSync(fd, packed, 0, packed.length, start) !== packed.length) throw new Error('zip entry cut short');
  // Never more than the zip states (plus one byte, to notice a lie): what it states is within the cap.
  let data: Buffer;
  try {
    data = e.compressionMethod === 8 ? inflateRawSync(packed, { maxOutputLength: e.uncompressedSize + 1 }) : packed;
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw pastStated(e.uncompressedSize);
    throw err;
  }
  if (data.length > e.uncompressedSize) throw pastStated(e.uncompressedSize);
  if (data.length !== e.uncompressedSize || crc32(data) !== e.crc) throw new Error('zip entry damaged (size or CRC mismatch)');
  return data;
}
