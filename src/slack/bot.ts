import type { RegionContext } from '../region.js';
import { MessageOrder } from './backblasts/order.js';
import { shortBusyWait } from '../db/busy.js';
import { errorFields } from '../errors.js';
import { SlackDirectory } from './directory.js';
import { WorkQueue } from './work-queue.js';
import { Spool, spoolPath, type SpoolEntry } from './spool.js';
import type { WebClient } from '@slack/web-api';
import { MessageRetry } from './backblasts/retry.js';

/** What the listeners share for one region: its context, its user and channel directory, the per-message order. */
export interface Bot {
  ctx: RegionContext;
  directory: SlackDirectory;
  order: MessageOrder;
  /** Message events' work, after Slack has its answer. */
  work: WorkQueue;
  /** Message events kept while the database was unreachable, recorded when it is back. */
  retry: MessageRetry;
}

export function createBot(ctx: RegionContext): Bot {
  // Queued first on the handle, so it is in force before any listener's query.
  shortBusyWait(ctx).catch((err: unknown) => ctx.log.warn({ err: errorFields(err) }, 'could not shorten the SQLite busy wait'));
  const work = new WorkQueue((err) => ctx.log.error({ err: errorFields(err) }, 'queued work failed'));
  const spool = new Spool(spoolPath(ctx.settings, ctx.region?.schema));
  // The message code loads with the first message event, or the first replay of the spool.
  const record = async (entry: SpoolEntry, client: WebClient) =>
    (await import('./backblasts/messages.js')).recordMessageEvent(bot, client, entry.event, entry.me);
  const retry = new MessageRetry(spool, ctx.log, record);
  const bot: Bot = { ctx, directory: new SlackDirectory(ctx), order: new MessageOrder(), work, retry };
  return bot;
}

/** Who the bot is in this workspace, from Bolt's context (auth.test). */
export interface BotIdentity {
  teamId?: string;
  botId?: string;
  botUserId?: string;
}
