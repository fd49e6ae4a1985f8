import { afterEach, describe, expect, it } from 'vitest';
import { createSlackApp, startSlackApp } from '../../src/slack/app.js';
import { checkSlack, SlackHealth } from '../../src/slack/health.js';
import { freePort } from '../support/bot.js';
import { createTestRegion } from '../support/db.js';
import { HttpReply, SlackApiDouble } from '../support/slack-api.js';
import { SIGNING_SECRET } from '../support/signing.js';

describe('checkSlack (auth.test at start-up)', () => {
  const doubles: SlackApiDouble[] = [];
  afterEach(async () => {
    for (const d of doubles.splice(0)) await d.close();
  });

  it('up: who the bot is', async () => {
    const api = await SlackApiDouble.start();
    doubles.push(api);
    const check = await checkSlack({ slackBotToken: 'xoxb-1', slackApiUrl: api.url });
    expect(check).toEqual({ state: 'up', botId: 'BBOT', botUserId: 'UBOT', teamId: 'T0TEST' });
    expect(api.callsTo('auth.test')[0]!.token).toBe('xoxb-1');
  });

  it.each(['invalid_auth', 'token_revoked', 'account_inactive'])('refused: %s', async (error) => {
    const api = (await SlackApiDouble.start()).on('auth.test', () => ({ ok: false, error }));
    doubles.push(api);
    expect(await checkSlack({ slackBotToken: 'xoxb-1', slackApiUrl: api.url })).toEqual({ state: 'refused', error });
    expect(api.callsTo('auth.test')).toHaveLength(1);
  });

  it('unreachable: a closed port, and a 5xx, answered at once without retries', async () => {
    const closed = `http://127.0.0.1:${await freePort()}/api/`;
    const started = Date.now();
    const check = await checkSlack({ slackBotToken: 'xoxb-1', slackApiUrl: closed });
    expect(check.state).toBe('unreachable');
    expect(Date.now() - started).toBeLessThan(5000);
    const api = (await SlackApiDouble.start()).on('auth.test', () => new HttpReply(503, { ok: false }));
    doubles.push(api);
    expect((await checkSlack({ slackBotToken: 'xoxb-1', slackApiUrl: api.url })).state).toBe('unreachable');
    expect(api.callsTo('auth.test')).toHaveLength(1);
  });
});

describe('/healthz with Slack', () => {
  it('200 ok, 200 degraded when Slack is unreachable, 503 when Slack refuses the token', async () => {
    const api = await SlackApiDouble.start();
    const port = await freePort();
    const region = await createTestRegion('sqlite', {
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: api.url,
      PORT: String(port),
      JOBS: 'off',
    });
    let apiUrl = api.url;
    const probe = () => checkSlack({ slackBotToken: 'xoxb-test-token', slackApiUrl: apiUrl });
    const check = await probe();
    // maxAge 0: every probe asks Slack again, so the test sees each change at once.
    const app = createSlackApp(region.ctx, { start: { check, health: new SlackHealth(probe, check, Date.now, 0) } });
    await startSlackApp(app, region.ctx);
    const health = async () => {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    try {
      expect(await health()).toEqual({ status: 200, body: { ok: true, status: 'ok', database: 'up', slack: 'up' } });

      apiUrl = `http://127.0.0.1:${await freePort()}/api/`;
      expect(await health()).toEqual({ status: 200, body: { ok: true, status: 'degraded', database: 'up', slack: 'unreachable' } });

      apiUrl = api.url;
      api.on('auth.test', () => ({ ok: false, error: 'token_revoked' }));
      expect(await health()).toEqual({ status: 503, body: { ok: false, status: 'down', database: 'up', slack: 'refused' } });

      // The database down is down, whatever Slack says.
      api.on('auth.test', () => ({ ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T0TEST' }));
      await region.ctx.db.destroy();
      const down = await health();
      expect(down.status).toBe(503);
      expect(down.body).toMatchObject({ ok: false, database: 'down', slack: 'up' });
    } finally {
      await app.stop();
      await api.close();
      await region.cleanup().catch(() => undefined);
    }
  });

  it('asks Slack at most once per interval however often it is probed', async () => {
    let now = 0;
    let calls = 0;
    const health = new SlackHealth(
      async () => {
        calls += 1;
        return { state: 'unreachable' };
      },
      { state: 'up' },
      () => now,
      60_000,
    );
    expect(await health.state()).toBe('up');
    now = 59_999;
    expect(await health.state()).toBe('up');
    expect(calls).toBe(0);
    now = 60_000;
    expect(await Promise.all([health.state(), health.state(), health.state()])).toEqual(['unreachable', 'unreachable', 'unreachable']);
    expect(calls).toBe(1);
  });
});
