// Message events that arrived while the database was unreachable: kept in the spool and recorded
// again, with a growing pause between tries, once the database answers.

import type { WebClient } from '@slack/web-api';
import { isUnavailable } from '../../db/dialect.js';
import { errorFields } from '../../errors.js';
import type { Logger } from '../../log.js';
import type { Spool, SpoolEntry } from '../spool.js';

export interface RetryOptions {
  firstDelayMs?: number;
  maxDelayMs?: number;
}

export class MessageRetry {
  private client: WebClient | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private stopped = false;
  private readonly firstDelay: number;
  private readonly maxDelay: number;
  private delay: number;

  constructor(
    private readonly spool: Spool,
    private readonly log: Logger,
    private readonly record: (entry: SpoolEntry, client: WebClient) => Promise<void>,
    options: RetryOptions = {},
  ) {
    this.firstDelay = options.firstDelayMs ?? 1_000;
    this.maxDelay = options.maxDelayMs ?? 60_000;
    this.delay = this.firstDelay;
  }

  /**
   * Replays what an earlier run left in the spool, with `client`; without one (many-regions mode,
   * whose token comes with each event) it waits for the first event's client.
   */
  start(client?: WebClient): void {
    this.client ??= client;
    this.schedule(0);
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /** Keeps an event the database could not take; 'new' the first time its key is kept. */
  async hold(entry: SpoolEntry, client: WebClient): Promise<'new' | 'again' | 'full'> {
    this.client ??= client;
    const kept = await this.spool.add(entry);
    if (kept === 'full') this.log.warn({ key: entry.key }, 'retry spool full; the nightly reconciliation reads this message');
    else this.log.warn({ key: entry.key, retryInMs: this.delay }, 'database unreachable; message kept for retry');
    if (!this.timer) this.schedule(this.delay);
    return kept;
  }

  /** The database answered: try what is waiting now rather than after the pause. */
  nudge(client: WebClient): void {
    if (!this.client) {
      this.client = client;
      this.schedule(0);
    } else if (this.timer) this.schedule(0);
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.round();
    }, ms);
    this.timer.unref();
  }

  private async round(): Promise<void> {
    if (this.stopped || !this.client) return;
    if (this.running) return this.schedule(this.delay);
    this.running = true;
    try {
      for (const entry of await this.spool.all()) {
        if (this.stopped) return;
        try {
          await this.record(entry, this.client);
          this.log.info({ key: entry.key }, 'kept message recorded');
        } catch (err) {
          if (isUnavailable(err)) {
            this.schedule(this.delay);
            this.delay = Math.min(this.delay * 2, this.maxDelay);
            return;
          }
          this.log.error({ err: errorFields(err), key: entry.key }, 'kept message could not be recorded; the nightly reconciliation reads it');
        }
        await this.spool.remove(entry.key);
      }
      this.delay = this.firstDelay;
    } catch (err) {
      this.log.error({ err: errorFields(err) }, 'could not read the retry spool');
    } finally {
      this.running = false;
    }
  }
}
