import { createServer } from 'node:net';
import type { App } from '@slack/bolt';
import type { DialectName } from '../../src/db/dialect.js';
import { createSlackApp, startSlackApp } from '../../src/slack/app.js';
import { systemClock, type Clock } from '../../src/time.js';
import { createTestRegion, type TestRegion } from './db.js';
import { SlackApiDouble } from './slack-api.js';
import { SIGNING_SECRET, commandBody, eventBody, interactionBody, postSigned } from './signing.js';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface TestBot {
  /** `http://127.0.0.1:PORT` */
  base: string;
  api: SlackApiDouble;
  region: TestRegion;
  app: App;
  /** Posts a signed Events API callback; `headers` adds e.g. `x-slack-retry-num`. */
  event(event: Record<string, unknown>, options?: { eventId?: string; headers?: Record<string, string> }): Promise<Response>;
  command(fields: Record<string, string>): Promise<Response>;
  interaction(payload: Record<string, unknown>): Promise<Response>;
  stop(): Promise<void>;
}

/**
 * The real bot, in HTTP mode on a free port, against a fresh database of the dialect, talking to a
 * local Web API double.
 */
export async function startTestBot(
  dialect: DialectName,
  env: Record<string, string> = {},
  clock: Clock = systemClock,
): Promise<TestBot> {
  const api = await SlackApiDouble.start();
  const port = await freePort();
  const region = await createTestRegion(dialect, {
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: api.url,
    PORT: String(port),
    JOBS: 'off',
    ...env,
  });
  const app = createSlackApp(region.ctx, { clock });
  await startSlackApp(app, region.ctx);
  const base = `http://127.0.0.1:${port}`;
  const events = `${base}/slack/events`;
  return {
    base,
    api,
    region,
    app,
    event: (event, options = {}) =>
      postSigned(events, { body: eventBody(event, options.eventId), contentType: 'application/json', headers: options.headers }),
    command: (fields) =>
      postSigned(events, {
        body: commandBody({ response_url: `${api.url.replace(/api\/$/, '')}response`, ...fields }),
        contentType: 'application/x-www-form-urlencoded',
      }),
    interaction: (payload) =>
      postSigned(events, { body: interactionBody(payload), contentType: 'application/x-www-form-urlencoded' }),
    stop: async () => {
      await app.stop();
      await api.close();
      await region.cleanup();
    },
  };
}
