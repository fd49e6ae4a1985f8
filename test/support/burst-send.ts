// The sending side of the burst, in its own process (as Slack is): every body signed before the clock
// starts, then all sent at once over keep-alive sockets, one try each (Slack retries on its own
// schedule, minutes later). Prints one JSON line: each ack's milliseconds (null for a failure).
// Usage: node --import tsx test/support/burst-send.ts <url> <bodies.json>; `sendBurst` runs it.
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { sign } from './signing.js';

const [url, file] = process.argv.slice(2) as [string, string];
const bodies = JSON.parse(readFileSync(file, 'utf8')) as string[];
const target = new URL(url);
// A socket per event: the burst is `bodies.length` requests in flight together.
const agent = new Agent({ keepAlive: true, maxSockets: bodies.length });
const TIMEOUT_MS = 30_000;

function post(body: string, headers: Record<string, string>): Promise<number | null> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const req = request(
      { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent, headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode === 200 ? performance.now() - t0 : null));
        res.on('error', () => resolve(null));
      },
    );
    req.setTimeout(TIMEOUT_MS, () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve(null));
    req.end(body);
  });
}

const signed = bodies.map((body) => ({ body, headers: sign(body) }));
const started = performance.now();
const acks = await Promise.all(signed.map((s) => post(s.body, s.headers)));
process.stdout.write(`${JSON.stringify({ acks, sentMs: performance.now() - started })}\n`);
agent.destroy();
