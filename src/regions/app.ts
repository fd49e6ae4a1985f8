import { errorFields } from '../errors.js';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CustomRoute } from '@slack/bolt';
import { HTTPReceiver, type App } from '../slack/bolt.js';
import { acksFirstApp } from '../slack/acks-first.js';
import { sql } from '../db/kysely.js';
import type { Settings } from '../config.js';
import { boltLogger, type Logger } from '../log.js';
import { registryInstallationStore } from './install-store.js';
import type { RegionRegistry } from './registry.js';
import { RegionRouter } from './router.js';

/** The bot scopes an install asks for: the manifest's. */
export const BOT_SCOPES = [
  'channels:history',
  'groups:history',
  'channels:read',
  'groups:read',
  'users:read',
  'users:read.email',
  'chat:write',
  'chat:write.public',
  'commands',
  'im:write',
  'files:write',
  'files:read',
  'channels:join',
];

/** `GET /healthz` in many-regions mode: 200 when the control database answers. */
function healthRoute(registry: RegionRegistry, log: Logger): CustomRoute {
  return {
    path: '/healthz',
    method: ['GET'],
    handler: async (_req: IncomingMessage, res: ServerResponse) => {
      let ok = false;
      try {
        await sql`select 1`.execute(registry.control);
        ok = true;
      } catch (err) {
        log.warn({ err: errorFields(err) }, 'health check: control database unreachable');
      }
      res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok, database: ok ? 'up' : 'down' }));
    },
  };
}

export interface RegionsApp {
  router: RegionRouter;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Many-regions mode over HTTP: `POST /slack/events` (signatures verified by Bolt's receiver) routed
 * to each team's region, Bolt's OAuth install flow on `GET /slack/install` and
 * `GET /slack/oauth_redirect` (state verified; `oauth.v2.access` at SLACK_API_URL), `/healthz`.
 */
export function createRegionsApp(registry: RegionRegistry, settings: Settings, log: Logger): RegionsApp {
  const router = new RegionRouter(registry, log);
  const clientOptions = settings.slackApiUrl ? { slackApiUrl: settings.slackApiUrl } : {};
  const receiver = new HTTPReceiver({
    signingSecret: settings.slackSigningSecret!,
    endpoints: '/slack/events',
    port: settings.port,
    logger: boltLogger(log),
    customRoutes: [healthRoute(registry, log)],
    clientId: settings.slackClientId,
    clientSecret: settings.slackClientSecret,
    stateSecret: settings.slackStateSecret,
    scopes: BOT_SCOPES,
    installationStore: registryInstallationStore(registry, (team) => router.forget(team)),
    installerOptions: {
      installPath: '/slack/install',
      redirectUriPath: '/slack/oauth_redirect',
      stateVerification: true,
      clientOptions,
    },
  });
  receiver.init(acksFirstApp(router, log));
  return {
    router,
    start: async () => {
      await receiver.start(settings.port);
    },
    stop: async () => {
      await receiver.stop();
      router.close();
    },
  };
}
