import type { App, ReceiverEvent } from '@slack/bolt';
import { errorFields } from '../errors.js';
import type { Logger } from '../log.js';

// Bolt answers an Events API request only after its own work on it (authorize, the middleware, every
// listener's matching), all on the thread that must also answer the next request. In a burst the
// answers queued behind that work and went past Slack's 3 s. Events expect an empty 200 and nothing
// else (Bolt acks them before its middleware anyway), so here they are answered as soon as the
// receiver has verified them, and handed to Bolt on later turns, one per turn.

/** What a receiver hands its requests to: Bolt's App, or the many-regions router. */
export interface EventTarget {
  processEvent(event: ReceiverEvent): Promise<void>;
}

/** Events API callbacks carry no answer; `function_executed` is the one Bolt leaves to the listener. */
export function answeredAtOnce(body: unknown): boolean {
  const b = body as { type?: unknown; event?: { type?: unknown } } | null;
  return b?.type === 'event_callback' && b.event?.type !== 'function_executed';
}

/**
 * Runs queued work one piece per turn of the event loop, after that turn's I/O: requests already
 * arrived are answered before the next piece, and a piece's promise callbacks (which run straight
 * after it) finish before the next turn too.
 */
export class BetweenTurns {
  private readonly waiting: Array<() => void> = [];
  private scheduled = false;

  push(work: () => void): void {
    this.waiting.push(work);
    this.schedule();
  }

  get size(): number {
    return this.waiting.length;
  }

  private schedule(): void {
    if (this.scheduled || this.waiting.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      const work = this.waiting.shift();
      this.schedule();
      work?.();
    });
  }
}

/** `target` behind a receiver, with Events API callbacks acknowledged first and processed after. */
export function acksFirst(target: EventTarget, log: Logger, later = new BetweenTurns()): EventTarget {
  return {
    async processEvent(event: ReceiverEvent): Promise<void> {
      if (!answeredAtOnce(event.body)) return target.processEvent(event);
      await event.ack();
      later.push(() => {
        target.processEvent({ ...event, ack: async () => undefined }).catch((err: unknown) => {
          log.error({ err: errorFields(err) }, 'an event failed after its answer');
        });
      });
    },
  };
}

/** The same, in the type a receiver's `init` takes (it only ever calls `processEvent`). */
export function acksFirstApp(target: EventTarget, log: Logger): App {
  return acksFirst(target, log) as unknown as App;
}
