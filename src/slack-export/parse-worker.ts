import { parentPort, workerData } from 'node:worker_threads';
import type { ParseContext } from '../backblast/types.js';
import { packDays, type DayChunk } from './day-chunk.js';
import { readDays, type DayResult } from './days.js';
import { openExport } from './source.js';
import type { ZipLimits } from './zip-limits.js';

// The importer's reading and parsing, in a thread of its own so it runs while the main thread
// writes to the database. Sends the day files' results in chunks, and no more than `aheadItems`
// backblasts (and day files) the main thread has not taken yet, so memory stays bounded when the
// database is the slower side.

export interface ParseJob {
  path: string;
  limits?: ZipLimits;
  /** How far ahead of the writer the thread may go. More than one batch: while the main thread writes
   * a batch (SQLite writes hold its event loop), this thread parses the next one. */
  aheadItems: number;
}

export type ParseMessage = { days: DayChunk } | { end: true };

/** The main thread's first message: what the day files are parsed with. Each later one is a credit. */
export interface ParseStart {
  context: ParseContext;
}

const CHUNK_ITEMS = 400;

const port = parentPort!;
const { path, limits, aheadItems } = workerData as ParseJob;
let credit = Math.max(2, Math.ceil(aheadItems / CHUNK_ITEMS));
let wake: (() => void) | null = null;
let started: (start: ParseStart) => void;
const start = new Promise<ParseStart>((resolve) => (started = resolve));
port.on('message', (m: ParseStart | 'more') => {
  if (typeof m === 'object') return started(m);
  credit += 1;
  wake?.();
});

async function send(days: DayResult[]): Promise<void> {
  while (credit === 0) await new Promise<void>((resolve) => (wake = resolve));
  credit -= 1;
  port.postMessage({ days: packDays(days) } satisfies ParseMessage);
}

// The export is listed while the main thread loads users and channels.
const [reader, { context }] = await Promise.all([openExport(path, limits), start]);
try {
  let chunk: DayResult[] = [];
  let items = 0;
  for await (const day of readDays(reader, context)) {
    chunk.push(day);
    items += day.pending.length + 1;
    if (items >= CHUNK_ITEMS) {
      await send(chunk);
      chunk = [];
      items = 0;
    }
  }
  if (chunk.length > 0) await send(chunk);
  port.postMessage({ end: true } satisfies ParseMessage);
} finally {
  await reader.close();
  // Nothing more to hear from the main thread: let the thread end.
  port.removeAllListeners('message');
}
