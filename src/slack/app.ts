import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CustomRoute } from '@slack/bolt';
import { App, LogLevel } from './bolt.js';
import { sql } from '../db/kysely.js';
import { boltLogger } from '../log.js';
import type { RegionContext } from '../region.js';
import { systemClock, type Clock } from '../time.js';
import { errorFields } from '../errors.js';
import type { SlackCheck, SlackHealth } from './health.js';
import { registerListeners } from './listeners/index.js';
import { guardedReceiver } from './receiver.js';

/**
 * `GET /healthz`: 200 when the database answers, 503 otherwise. With a Slack check it also says
 * `slack: up | unreachable | refused`; unreachable is degraded (still 200: the bot records what it
 * can and catches up), refused is down (503: nothing can reach Slack with that token).
 */
export function healthRoute(ctx: RegionContext, slack?: SlackHealth): CustomRoute {
  return {
    path: '/healthz',
    method: ['GET'],
    handler: async (_req: IncomingMessage, res: ServerResponse) => {
      let dbUp = false;
      try {
        await sql`select 1`.execute(ctx.db);
        dbUp = true;
      } catch (err) {
        ctx.log.warn({ err: errorFields(err) }, 'health check: database unreachable');
      }
      const slackState = slack ? await slack.state() : undefined;
      const ok = dbUp && slackState !== 'refused';
      const status = !ok ? 'down' : slackState === 'unreachable' ? 'degraded' : 'ok';
      res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' });
      const body = { ok, database: dbUp ? 'up' : 'down', ...(slackState ? { status, slack: slackState } : {}) };
      res.end(JSON.stringify(body));
    },
  };
}

/** What start-up learned from Slack: who the bot is (so Bolt need not ask again) and the health to report. */
export interface SlackStart {
  check: SlackCheck;
  health: SlackHealth;
}

/**
 * The Bolt app: HTTP on `POST /slack/events` (signatures verified by Bolt), or Socket Mode when an
 * app token is set. Either way `/healthz` is served on the port.
 */
export function createSlackApp(ctx: RegionContext, options: { start?: SlackStart; clock?: Clock } = {}): App {
  const { start, clock = systemClock } = options;
  const s = ctx.settings;
  if (!s.slackBotToken) throw new Error('SLACK_BOT_TOKEN is required for the bot');
  const known = start?.check.botId && start.check.botUserId ? { botId: start.check.botId, botUserId: start.check.botUserId } : {};
  const common = {
    token: s.slackBotToken,
    logger: boltLogger(ctx.log),
    logLevel: LogLevel.INFO,
    // listener failures go to registerErrorHandler with the request body, to log and apologise
    extendedErrorHandler: true,
    clientOptions: s.slackApiUrl ? { slackApiUrl: s.slackApiUrl } : {},
    customRoutes: [healthRoute(ctx, start?.health)],
    // Start-up has checked the token already: Bolt need not call auth.test (and, with Slack
    // unreachable, must not: its failed call would stop the process); it asks on the first event.
    ...(start ? { ...known, tokenVerificationEnabled: false } : {}),
  };
  const app = s.slackAppToken
    ? new App({
        ...common,
        socketMode: true,
        appToken: s.slackAppToken,
        installerOptions: { port: s.port, clientOptions: common.clientOptions },
      })
    : new App({
        ...common,
        customRoutes: undefined,
        receiver: guardedReceiver(
          { signingSecret: s.slackSigningSecret!, endpoints: ['/slack/events'], customRoutes: common.customRoutes, logger: common.logger },
          ctx.log,
        ),
      });
  registerListeners(app, ctx, clock);
  return app;
}

export async function startSlackApp(app: App, ctx: RegionContext): Promise<void> {
  if (ctx.settings.slackAppToken) await app.start();
  else await app.start(ctx.settings.port);
}
