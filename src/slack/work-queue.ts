// Work after the answer to Slack, a few pieces at a time. Without it a burst of events starts
// hundreds of parses and database writes at once, and the event loop, busy with them, answers the
// next requests late (past Slack's 3 seconds on SQLite, whose writes run on this thread). While
// events keep arriving (a push less than `quietMs` ago) only one piece runs, so the thread mostly
// answers them, and the queue still drains under a steady stream.

export interface WorkQueueOptions {
  /** Pieces at once when no event has arrived for `quietMs`. */
  concurrency?: number;
  /** Pieces that may wait. */
  limit?: number;
  quietMs?: number;
}

export class WorkQueue {
  private readonly waiting: Array<() => Promise<void>> = [];
  private running = 0;
  private lastPush = -Infinity;
  private timer: NodeJS.Timeout | undefined;
  private readonly concurrency: number;
  private readonly limit: number;
  private readonly quietMs: number;

  constructor(
    private readonly onError: (err: unknown) => void,
    options: WorkQueueOptions = {},
  ) {
    this.concurrency = options.concurrency ?? 4;
    this.limit = options.limit ?? 10_000;
    this.quietMs = options.quietMs ?? 50;
  }

  /** Queues `work`; false when the queue is full (the nightly reconciliation reads what is dropped). */
  push(work: () => Promise<void>): boolean {
    if (this.waiting.length >= this.limit) return false;
    this.waiting.push(work);
    this.fill();
    this.lastPush = performance.now();
    // When the events stop, the rest of the pieces start.
    this.fillLater();
    return true;
  }

  /** Pieces queued or running. */
  get size(): number {
    return this.waiting.length + this.running;
  }

  private fill(): void {
    const busy = performance.now() - this.lastPush < this.quietMs;
    const most = busy ? 1 : this.concurrency;
    while (this.running < most && this.waiting.length > 0) this.start(this.waiting.shift()!);
    if (busy && this.waiting.length > 0) this.fillLater();
  }

  /** Fills again once `quietMs` have passed (one timer at a time). */
  private fillLater(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.fill();
    }, this.quietMs);
    this.timer.unref();
  }

  private start(work: () => Promise<void>): void {
    this.running += 1;
    // Started on a later turn, so requests already waiting are answered first.
    setImmediate(() => {
      work()
        .catch(this.onError)
        .finally(() => {
          this.running -= 1;
          this.fill();
        });
    });
  }
}
