import { sql } from './kysely.js';
import type { Kysely } from 'kysely';
import { isBusy, isDeadlock, isLockWait, type DialectName } from './dialect.js';
import type { Database } from './types.js';

// The one retry of database work: every write that may meet another connection's lock goes through
// `whenFree`, once (saveBackblast and deleteBackblast call it themselves).

/**
 * SQLite: better-sqlite3 waits out a busy database on the calling thread, which would stall every
 * Slack request behind one write. The bot's handle does not wait (or only `ms`); `whenFree` retries
 * asynchronously instead, so the event loop stays free to answer Slack.
 */
export async function shortBusyWait(ctx: { db: Kysely<Database>; dialect: DialectName }, ms = 0): Promise<void> {
  if (ctx.dialect === 'sqlite') await sql.raw(`pragma busy_timeout = ${Math.max(0, Math.floor(ms))}`).execute(ctx.db);
}

/**
 * Runs database work, again and again while another connection holds the lock it needs (SQLite
 * busy, MySQL lock wait or deadlock), with growing pauses, for up to `budgetMs`. The work must be
 * safe to repeat (ours are: saves are keyed by the message ts, all in one transaction). `alsoRetry`
 * names other failures worth another try.
 */
export async function whenFree<T>(
  work: () => Promise<T>,
  options: { budgetMs?: number; onWait?: (waitedMs: number) => void; alsoRetry?: (err: unknown) => boolean } = {},
): Promise<T> {
  const { budgetMs = 120_000, onWait, alsoRetry = () => false } = options;
  const started = Date.now();
  const deadline = started + budgetMs;
  for (let pause = 25; ; pause = Math.min(pause * 2, 1000)) {
    try {
      return await work();
    } catch (err) {
      const retry = isBusy(err) || isLockWait(err) || isDeadlock(err) || alsoRetry(err);
      if (!retry || Date.now() + pause > deadline) throw err;
      onWait?.(Date.now() - started);
      await new Promise((resolve) => setTimeout(resolve, pause * (0.5 + Math.random() / 2)));
    }
  }
}
