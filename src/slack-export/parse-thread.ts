import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ParseContext } from '../backblast/types.js';
import { unpackDays } from './day-chunk.js';
import type { DayResult } from './days.js';
import type { ParseJob, ParseMessage, ParseStart } from './parse-worker.js';

/**
 * Starts the parse worker: the compiled `parse-worker.js` next to this file, or, when running from
 * the TypeScript sources (tests, `tsx`), `parse-worker.ts` through tsx, which worker threads do not
 * inherit from the main thread.
 */
function startWorker(job: ParseJob): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./parse-worker.js', here), { workerData: job });
  // tsx's ESM entry (resolving from here gives its CommonJS twin).
  const tsx = pathToFileURL(
    createRequire(here)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const entry = new URL('./parse-worker.ts', here).href;
  const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(code, { eval: true, workerData: job });
}

export interface ParseThread {
  /** Hands the worker what it parses with. Until then it starts up and lists the export. */
  begin(context: ParseContext): void;
  /** The worker's chunks of day results, in order; each one taken lets it send one more. */
  days(): AsyncGenerator<DayResult[]>;
  /** Stops the worker, if it has not ended. */
  stop(): Promise<void>;
}

/**
 * Starts the parse worker at once, so its start-up overlaps the main thread's (opening the export,
 * loading users and channels); it parses once `begin` hands it the context.
 */
export function startParseThread(job: ParseJob): ParseThread {
  const worker = startWorker(job);
  const queue: ParseMessage[] = [];
  let failure: Error | null = null;
  let exited = false;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  worker.on('message', (m: ParseMessage) => {
    queue.push(m);
    notify();
  });
  worker.on('error', (err) => {
    failure = err;
    notify();
  });
  worker.on('exit', (code) => {
    exited = true;
    if (code !== 0) failure ??= new Error(`the parse worker stopped (exit code ${code})`);
    notify();
  });
  return {
    begin: (context) => worker.postMessage({ context } satisfies ParseStart),
    async *days() {
      for (;;) {
        const next = queue.shift();
        if (next) {
          if ('end' in next) return;
          yield unpackDays(next.days);
          worker.postMessage('more');
          continue;
        }
        if (failure) throw failure;
        if (exited) throw new Error('the parse worker stopped before the end of the export');
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
    async stop() {
      if (!exited) await worker.terminate();
    },
  };
}
