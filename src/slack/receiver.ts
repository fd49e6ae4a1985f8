import { errorFields } from '../errors.js';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HTTPReceiverOptions } from '@slack/bolt';
import { HTTPModuleFunctions, HTTPReceiver } from './bolt.js';
import type { Logger } from '../log.js';
import { acksFirstApp } from './acks-first.js';

/** Slack's window for a request timestamp, in seconds, in either direction. */
const MAX_SKEW_S = 5 * 60;

type Outcome = { ok: true } | { ok: false; status: number; why: string };

/**
 * What Bolt's receiver does not check before it reads a request: a timestamp too far in the future
 * (Bolt refuses only stale ones) and a body that is not an object (a signed `null` made Bolt throw
 * outside any handler, which took the process down).
 */
export async function checkRequest(req: IncomingMessage, nowMs: number, bodyLimit: number): Promise<Outcome> {
  const stamp = Number(req.headers['x-slack-request-timestamp']);
  if (Number.isFinite(stamp) && stamp > Math.floor(nowMs / 1000) + MAX_SKEW_S) {
    return { ok: false, status: 401, why: 'request timestamp more than 5 minutes in the future' };
  }
  let buffered;
  try {
    buffered = await HTTPModuleFunctions.bufferIncomingMessage(req, bodyLimit);
  } catch (err) {
    const e = err as { statusCode?: number; message?: string };
    return { ok: false, status: e.statusCode === 413 ? 413 : 400, why: `unreadable body: ${e.message}` };
  }
  let body: unknown;
  try {
    body = HTTPModuleFunctions.parseHTTPRequestBody(buffered);
  } catch (err) {
    return { ok: false, status: 400, why: `malformed body: ${(err as Error).message}` };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, status: 400, why: 'body is not an object' };
  }
  return { ok: true };
}

/**
 * Bolt's HTTP receiver behind `checkRequest` for the Slack endpoints; everything else (signature
 * verification included) stays Bolt's. The body read here is kept on the request, so Bolt reuses it.
 * Verified Events API callbacks are answered before Bolt processes them (`acksFirst`).
 */
export function guardedReceiver(options: HTTPReceiverOptions & { endpoints: string[]; bodyLimit?: number }, log: Logger): HTTPReceiver {
  const receiver = new HTTPReceiver(options);
  const init = receiver.init.bind(receiver);
  receiver.init = (app) => init(acksFirstApp(app, log));
  const next = receiver.requestListener;
  const bodyLimit = options.bodyLimit ?? HTTPModuleFunctions.defaultBodyLimit;
  receiver.requestListener = (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method?.toUpperCase() !== 'POST' || !options.endpoints.includes(path)) return next(req, res);
    checkRequest(req, Date.now(), bodyLimit)
      .then((outcome) => {
        if (outcome.ok) return next(req, res);
        log.warn({ status: outcome.status, path }, `request refused: ${outcome.why}`);
        HTTPModuleFunctions.buildNoBodyResponse(res, outcome.status);
      })
      .catch((err: unknown) => {
        log.error({ err: errorFields(err) }, 'request failed before it reached Bolt');
        if (!res.headersSent) HTTPModuleFunctions.buildNoBodyResponse(res, 500);
      });
  };
  return receiver;
}
