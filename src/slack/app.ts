import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, LogLevel, type CustomRoute } from '@slack/bolt';
import { sql } from 'kysely';
import { boltLogger } from '../log.js';
import type { RegionContext } from '../region.js';
import { systemClock, type Clock } from '../time.js';
import { errorFields } from '../errors.js';
import { registerListeners } from './listeners/index.js';

/** `GET /healthz`: 200 when the database answers, 503 otherwise. */
export function healthRoute(ctx: RegionContext): CustomRoute {
  return {
    path: '/healthz',
    method: ['GET'],
    handler: async (_req: IncomingMessage, res: ServerResponse) => {
      let ok = false;
      try {
        await sql`select 1`.execute(ctx.db);
        ok = true;
      } catch (err) {
        ctx.log.warn({ err: errorFields(err) }, 'health check: database unreachable');
      }
      res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok, database: ok ? 'up' : 'down' }));
    },
  };
}

/**
 * The Bolt app: HTTP on `POST /slack/events` (signatures verified by Bolt), or Socket Mode when an
 * app token is set. Either way `/healthz` is served on the port.
 */
export function createSlackApp(ctx: RegionContext, clock: Clock = systemClock): App {
  const s = ctx.settings;
  if (!s.slackBotToken) throw new Error('SLACK_BOT_TOKEN is required for the bot');
  const common = {
    token: s.slackBotToken,
    logger: boltLogger(ctx.log),
    logLevel: LogLevel.INFO,
    // listener failures go to registerErrorHandler with the request body, to log and apologise
    extendedErrorHandler: true,
    clientOptions: s.slackApiUrl ? { slackApiUrl: s.slackApiUrl } : {},
    customRoutes: [healthRoute(ctx)],
  };
  const app = s.slackAppToken
    ? new App({
        ...common,
        socketMode: true,
        appToken: s.slackAppToken,
        installerOptions: { port: s.port, clientOptions: common.clientOptions },
      })
    : new App({ ...common, signingSecret: s.slackSigningSecret!, endpoints: '/slack/events' });
  registerListeners(app, ctx, clock);
  return app;
}

export async function startSlackApp(app: App, ctx: RegionContext): Promise<void> {
  if (ctx.settings.slackAppToken) await app.start();
  else await app.start(ctx.settings.port);
}
