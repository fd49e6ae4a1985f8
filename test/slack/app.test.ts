import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/bot.js';
import { eventBody, postSigned } from '../support/signing.js';

describe('the Bolt app over HTTP', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot('sqlite');
  });
  afterAll(async () => bot.stop());

  it('answers /healthz when the database is reachable', async () => {
    const res = await fetch(`${bot.base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, database: 'up' });
  });

  it('answers Slack url_verification', async () => {
    const res = await postSigned(`${bot.base}/slack/events`, {
      body: JSON.stringify({ type: 'url_verification', challenge: 'abc123', token: 't' }),
      contentType: 'application/json',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: 'abc123' });
  });

  it('refuses a request signed with the wrong secret, and a stale one', async () => {
    const body = eventBody({ type: 'message', channel: 'C0YARD', user: 'U1', text: 'hi', ts: '1.1' });
    const wrong = await postSigned(`${bot.base}/slack/events`, {
      body,
      contentType: 'application/json',
      secret: 'not-the-secret',
    });
    expect(wrong.status).toBe(401);
    const stale = await postSigned(`${bot.base}/slack/events`, {
      body,
      contentType: 'application/json',
      timestamp: Math.floor(Date.now() / 1000) - 60 * 10,
    });
    expect(stale.status).toBe(401);
  });
});
