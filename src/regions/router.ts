import { errorFields } from '../errors.js';
import type { Receiver, ReceiverEvent } from '@slack/bolt';
import { App, LogLevel } from '../slack/bolt.js';
import { boltLogger, type Logger } from '../log.js';
import { registerListeners } from '../slack/listeners/index.js';
import { Lru } from './lru.js';
import { sameContext, type OpenRegion, type RegionRegistry } from './registry.js';

// Routes every request Slack sends to the Bolt app of its team's region: one small Bolt App per
// region (created on first use, cached with a bound), holding that region's context, so every
// listener works exactly as in one-region mode, on that region's database and settings only.

export const NOT_SET_UP =
  "PAXminer is not set up for this workspace (it was uninstalled or never installed). Ask a workspace admin to reinstall the app.";

/** The workspace a request comes from. */
export function teamOf(body: Record<string, unknown>): string | undefined {
  const b = body as {
    team_id?: string;
    team?: { id?: string } | null;
    user?: { team_id?: string };
    authorizations?: Array<{ team_id?: string }>;
    view?: { team_id?: string };
  };
  return b.authorizations?.[0]?.team_id ?? b.team_id ?? b.team?.id ?? b.view?.team_id ?? b.user?.team_id ?? undefined;
}

/** A receiver that receives nothing: the region apps are fed by the router. */
const idleReceiver: Receiver = {
  init: () => undefined,
  start: async () => undefined,
  stop: async () => undefined,
};

interface RegionApp {
  app: App;
  ctx: OpenRegion;
  token: string;
}

export class RegionRouter {
  private readonly apps: Lru<string, RegionApp>;

  constructor(
    private readonly registry: RegionRegistry,
    private readonly log: Logger,
    options: { cacheSize?: number } = {},
  ) {
    // An app dropped from the cache stops its own timers (the retry of kept events) before its
    // region's database handle is released under it.
    this.apps = new Lru(options.cacheSize ?? 100, (team, entry) => {
      entry.app.stop().catch((err: unknown) => this.log.warn({ err: errorFields(err), team }, 'could not stop a region app'));
      this.registry.release(entry.ctx);
    });
  }

  /** Bolt's receiver calls this for every verified request. */
  async processEvent(event: ReceiverEvent): Promise<void> {
    const body = event.body as Record<string, unknown>;
    const team = teamOf(body);
    const inner = (body.event ?? {}) as { type?: string; tokens?: { bot?: string[] } };
    if (body.type === 'event_callback' && (inner.type === 'app_uninstalled' || (inner.type === 'tokens_revoked' && inner.tokens?.bot?.length))) {
      await event.ack();
      if (team) {
        await this.registry.deactivate(team);
        this.forget(team);
      }
      return;
    }
    const found = team ? await this.registry.activeByTeam(team) : undefined;
    const row = found && (await this.registry.fresh(found));
    if (!row) {
      this.log.info({ team: team ?? null, type: body.type ?? (body.command ? 'command' : 'unknown') }, 'request from a workspace without an active region');
      await this.notSetUp(event);
      return;
    }
    let entry = this.apps.get(row.team_id!);
    if (!entry || !sameContext(entry.ctx.row, row)) {
      entry = await this.build(row);
    }
    await entry.app.processEvent(event);
  }

  /** Drops a team's app so the next request builds it from the registry again. */
  forget(teamId: string): void {
    this.apps.delete(teamId);
  }

  get cachedApps(): number {
    return this.apps.size;
  }

  close(): void {
    this.apps.clear();
  }

  private async build(row: Parameters<RegionRegistry['acquire']>[0]): Promise<RegionApp> {
    const ctx = await this.registry.acquire(row);
    const token = row.slack_token!;
    const s = ctx.settings;
    const app = new App({
      receiver: idleReceiver,
      authorize: async () => ({
        botToken: token,
        botUserId: row.bot_user_id ?? undefined,
        botId: row.bot_id ?? undefined,
        teamId: row.team_id ?? undefined,
        enterpriseId: row.enterprise_id ?? undefined,
      }),
      logger: boltLogger(ctx.log),
      logLevel: LogLevel.INFO,
      clientOptions: s.slackApiUrl ? { slackApiUrl: s.slackApiUrl } : {},
    });
    registerListeners(app, ctx);
    const entry = { app, ctx, token };
    this.apps.set(row.team_id!, entry);
    return entry;
  }

  /** A polite answer that writes nothing. */
  private async notSetUp(event: ReceiverEvent): Promise<void> {
    const body = event.body as { command?: string; type?: string; response_url?: string };
    if (body.command) {
      await event.ack({ response_type: 'ephemeral', text: NOT_SET_UP });
    } else if (body.type === 'view_submission') {
      await event.ack({
        response_action: 'update',
        view: {
          type: 'modal',
          title: { type: 'plain_text', text: 'PAXminer' },
          blocks: [{ type: 'section', text: { type: 'mrkdwn', text: NOT_SET_UP } }],
        },
      });
    } else {
      await event.ack();
      if (body.response_url) {
        await fetch(body.response_url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ response_type: 'ephemeral', text: NOT_SET_UP }),
        }).catch((err: unknown) => this.log.warn({ err: errorFields(err) }, 'could not answer a workspace without a region'));
      }
    }
  }
}
