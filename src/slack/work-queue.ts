// Work after the answer to Slack, a few pieces at a time. Without it a burst of events starts
// hundreds of parses and database writes at once, and the event loop, busy with them, answers the
// next requests late (past Slack's 3 seconds on SQLite, whose writes run on this thread).

export class WorkQueue {
  private readonly waiting: Array<() => Promise<void>> = [];
  private running = 0;

  constructor(
    private readonly onError: (err: unknown) => void,
    private readonly concurrency = 4,
    private readonly limit = 10_000,
  ) {}

  /** Queues `work`; false when the queue is full (the nightly reconciliation reads what is dropped). */
  push(work: () => Promise<void>): boolean {
    if (this.waiting.length >= this.limit) return false;
    this.waiting.push(work);
    this.next();
    return true;
  }

  /** Pieces queued or running. */
  get size(): number {
    return this.waiting.length + this.running;
  }

  private next(): void {
    if (this.running >= this.concurrency) return;
    const work = this.waiting.shift();
    if (!work) return;
    this.running += 1;
    // Started on a later turn, so requests already waiting are answered first.
    setImmediate(() => {
      work()
        .catch(this.onError)
        .finally(() => {
          this.running -= 1;
          this.next();
        });
    });
  }
}
