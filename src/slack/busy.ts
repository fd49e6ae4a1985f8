import { sql } from 'kysely';
import { isBusy, isDeadlock } from '../db/dialect.js';
import type { RegionContext } from '../region.js';

/** MySQL gave up waiting for a lock another connection holds. */
export function isLockWait(err: unknown): boolean {
  const e = err as { code?: string; errno?: number };
  return e?.code === 'ER_LOCK_WAIT_TIMEOUT' || e?.errno === 1205;
}

/**
 * SQLite: better-sqlite3 waits out a busy database on the calling thread, which would stall every
 * Slack request behind one write. The bot's handle does not wait (or only `ms`); `whenFree` retries
 * asynchronously instead, so the event loop stays free to answer Slack.
 */
export async function shortBusyWait(ctx: Pick<RegionContext, 'db' | 'dialect'>, ms = 0): Promise<void> {
  if (ctx.dialect === 'sqlite') await sql.raw(`pragma busy_timeout = ${Math.max(0, Math.floor(ms))}`).execute(ctx.db);
}

/**
 * Runs database work, again and again while another connection holds the lock it needs (SQLite
 * busy, MySQL lock wait or deadlock), with growing pauses, for up to `budgetMs`. The work must be
 * safe to repeat (ours are: saves are keyed by the message ts, all in one transaction).
 */
export async function whenFree<T>(work: () => Promise<T>, budgetMs = 120_000, onWait?: (waitedMs: number) => void): Promise<T> {
  const started = Date.now();
  const deadline = started + budgetMs;
  for (let pause = 25; ; pause = Math.min(pause * 2, 1000)) {
    try {
      return await work();
    } catch (err) {
      if (!(isBusy(err) || isLockWait(err) || isDeadlock(err)) || Date.now() + pause > deadline) throw err;
      onWait?.(Date.now() - started);
      await new Promise((resolve) => setTimeout(resolve, pause * (0.5 + Math.random() / 2)));
    }
  }
}
