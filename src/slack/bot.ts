import type { RegionContext } from '../region.js';
import { MessageOrder } from './backblasts/order.js';
import { shortBusyWait } from '../db/busy.js';
import { errorFields } from '../errors.js';
import { SlackDirectory } from './directory.js';
import { WorkQueue } from './work-queue.js';

/** What the listeners share for one region: its context, its user and channel directory, the per-message order. */
export interface Bot {
  ctx: RegionContext;
  directory: SlackDirectory;
  order: MessageOrder;
  /** Message events' work, after Slack has its answer. */
  work: WorkQueue;
}

export function createBot(ctx: RegionContext): Bot {
  // Queued first on the handle, so it is in force before any listener's query.
  shortBusyWait(ctx).catch((err: unknown) => ctx.log.warn({ err: errorFields(err) }, 'could not shorten the SQLite busy wait'));
  const work = new WorkQueue((err) => ctx.log.error({ err: errorFields(err) }, 'queued work failed'));
  return { ctx, directory: new SlackDirectory(ctx), order: new MessageOrder(), work };
}

/** Who the bot is in this workspace, from Bolt's context (auth.test). */
export interface BotIdentity {
  teamId?: string;
  botId?: string;
  botUserId?: string;
}
