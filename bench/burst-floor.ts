// The floor for the burst: the least any Slack endpoint does for an event (read the body, check the
// signature, parse the JSON, answer 200), in its own process on the given port. The bot's ack figures
// are read against this one's, measured in the same run on the same machine.
// Usage: node --import tsx bench/burst-floor.ts <port>
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import { SIGNING_SECRET } from '../test/support/signing.js';

const port = Number(process.argv[2]);
createServer((req, res) => {
  if (req.method === 'GET') return res.end('ok');
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString();
    const stamp = String(req.headers['x-slack-request-timestamp']);
    const want = Buffer.from(`v0=${createHmac('sha256', SIGNING_SECRET).update(`v0:${stamp}:${body}`).digest('hex')}`);
    const got = Buffer.from(String(req.headers['x-slack-signature']));
    const ok = got.length === want.length && timingSafeEqual(got, want) && typeof JSON.parse(body) === 'object';
    res.writeHead(ok ? 200 : 401).end();
  });
}).listen(port, '127.0.0.1');
