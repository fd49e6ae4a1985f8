import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/bot.js';
import { eventBody, postSigned } from '../support/signing.js';

describe('the guarded receiver over HTTP', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot('sqlite');
  });
  afterAll(async () => bot.stop());
  const url = () => `${bot.base}/slack/events`;
  const verification = () =>
    postSigned(url(), { body: JSON.stringify({ type: 'url_verification', challenge: 'still-here' }), contentType: 'application/json' });

  it.each([
    ['JSON null', 'null', 'application/json'],
    ['JSON number', '42', 'application/json'],
    ['JSON array', '[]', 'application/json'],
    ['form payload=null', 'payload=null', 'application/x-www-form-urlencoded'],
    ['form payload="x"', 'payload=%22x%22', 'application/x-www-form-urlencoded'],
    ['unparsable JSON', '{"type":', 'application/json'],
  ])('answers a signed %s body with 400 and keeps serving', async (_name, body, contentType) => {
    const res = await postSigned(url(), { body, contentType });
    expect(res.status).toBe(400);
    const next = await verification();
    expect(next.status).toBe(200);
    expect(await next.json()).toEqual({ challenge: 'still-here' });
  });

  it('refuses a timestamp more than 5 minutes in the future, accepts one within the window', async () => {
    const body = JSON.stringify({ type: 'url_verification', challenge: 'c' });
    const now = Math.floor(Date.now() / 1000);
    const future = await postSigned(url(), { body, contentType: 'application/json', timestamp: now + 6 * 60 });
    expect(future.status).toBe(401);
    const near = await postSigned(url(), { body, contentType: 'application/json', timestamp: now + 60 });
    expect(near.status).toBe(200);
  });

  it('still verifies signatures on a well-formed body', async () => {
    const body = eventBody({ type: 'message', channel: 'C0YARD', user: 'U1', text: 'hi', ts: '1.1' });
    const wrong = await postSigned(url(), { body, contentType: 'application/json', secret: 'nope' });
    expect(wrong.status).toBe(401);
  });
});
