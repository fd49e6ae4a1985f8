import type { RegionContext } from '../region.js';
import { MessageOrder } from './backblasts/order.js';
import { shortBusyWait } from '../db/busy.js';
import { errorFields } from '../errors.js';
import { SlackDirectory } from './directory.js';

/** What the listeners share for one region: its context, its user and channel directory, the per-message order. */
export interface Bot {
  ctx: RegionContext;
  directory: SlackDirectory;
  order: MessageOrder;
}

export function createBot(ctx: RegionContext): Bot {
  // Queued first on the handle, so it is in force before any listener's query.
  shortBusyWait(ctx).catch((err: unknown) => ctx.log.warn({ err: errorFields(err) }, 'could not shorten the SQLite busy wait'));
  return { ctx, directory: new SlackDirectory(ctx), order: new MessageOrder() };
}

/** Who the bot is in this workspace, from Bolt's context (auth.test). */
export interface BotIdentity {
  botId?: string;
  botUserId?: string;
}
