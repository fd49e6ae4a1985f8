import { compareTs } from '../../ts.js';

/** A message version: its edit ts, or its own ts when never edited; `deleted` is the last version. */
export type Version = string | 'deleted';

function later(a: Version, b: Version): number {
  if (a === 'deleted' || b === 'deleted') return a === b ? 0 : a === 'deleted' ? 1 : -1;
  return compareTs(a, b);
}

/**
 * Keeps the work on one message in order: one piece at a time per message, and a version that is
 * not newer than one already handled is skipped. Slack retries an event it thinks was missed and
 * may deliver events late or twice; this keeps a retry from doing the work (or sending a note) twice
 * and an old version from overwriting a newer one.
 */
export class MessageOrder {
  private readonly tails = new Map<string, Promise<unknown>>();
  private readonly handled = new Map<string, Version>();

  constructor(private readonly remember = 20_000) {}

  /** Runs `work` for `version` of message `key` unless a version as new was handled; false when skipped. */
  async run(key: string, version: Version, work: () => Promise<void>): Promise<boolean> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let ran = false;
    const turn = previous
      .catch(() => undefined)
      .then(async () => {
        const seen = this.handled.get(key);
        if (seen !== undefined && later(version, seen) <= 0) return;
        ran = true;
        await work();
        this.mark(key, version);
      });
    this.tails.set(key, turn);
    try {
      await turn;
    } finally {
      if (this.tails.get(key) === turn) this.tails.delete(key);
    }
    return ran;
  }

  private mark(key: string, version: Version): void {
    this.handled.delete(key);
    this.handled.set(key, version);
    if (this.handled.size > this.remember) {
      const oldest = this.handled.keys().next().value;
      if (oldest !== undefined) this.handled.delete(oldest);
    }
  }
}
