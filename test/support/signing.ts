import { createHmac } from 'node:crypto';

export const SIGNING_SECRET = 'test-signing-secret-8f14e45fceea167a';

/** Slack's `v0` request signature: HMAC-SHA256 of `v0:{timestamp}:{raw body}`. */
export function sign(body: string, secret = SIGNING_SECRET, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const digest = createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex');
  return { 'x-slack-signature': `v0=${digest}`, 'x-slack-request-timestamp': String(timestamp) };
}

export interface SignedPost {
  body: string;
  contentType: string;
  headers?: Record<string, string>;
  secret?: string;
  timestamp?: number;
}

/** POSTs to the bot exactly as Slack does, signed. */
export async function postSigned(url: string, req: SignedPost): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': req.contentType, ...sign(req.body, req.secret, req.timestamp), ...req.headers },
    body: req.body,
  });
}

/** An Events API callback, as JSON. */
export function eventBody(
  event: Record<string, unknown>,
  eventId = `Ev${Math.random().toString(36).slice(2, 12)}`,
  teamId = 'T0TEST',
): string {
  return JSON.stringify({
    token: 'legacy-verification-token',
    team_id: teamId,
    api_app_id: 'A0TEST',
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: teamId, user_id: 'UBOT', is_bot: true }],
  });
}

/** A slash command, form-encoded. */
export function commandBody(fields: Record<string, string>): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: 'T0TEST',
    team_domain: 'f3test',
    channel_id: 'C0YARD',
    channel_name: 'ao-the-yard',
    user_id: 'U0DOPPLER',
    user_name: 'doppler',
    api_app_id: 'A0TEST',
    response_url: 'http://127.0.0.1:9/commands/response',
    trigger_id: `trig.${Math.random().toString(36).slice(2)}`,
    ...fields,
  }).toString();
}

/** An interactivity payload (block actions, view submissions, shortcuts), form-encoded. */
export function interactionBody(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}
