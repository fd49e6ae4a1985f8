// A small stand-in for Slack's Socket Mode endpoint: accepts the bot's WebSocket, says hello, sends
// envelopes, and records the acks the bot sends back. RFC 6455 framing, text frames only.

import { createHash, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

function frame(opcode: number, payload: Buffer): Buffer {
  const len = payload.length;
  const head = len < 126 ? Buffer.from([0x80 | opcode, len]) : Buffer.from([0x80 | opcode, 126, len >> 8, len & 0xff]);
  if (len > 0xffff) throw new Error('frame too large for this test server');
  return Buffer.concat([head, payload]);
}

export interface Ack {
  envelope_id: string;
  payload?: unknown;
  at: number;
}

export class SocketModeServer {
  readonly acks: Ack[] = [];
  private socket: Duplex | null = null;
  private server!: Server;
  private buffer = Buffer.alloc(0);
  url = '';

  static async start(): Promise<SocketModeServer> {
    const s = new SocketModeServer();
    s.server = createServer((_req, res) => res.writeHead(404).end());
    s.server.on('upgrade', (req, socket) => s.accept(String(req.headers['sec-websocket-key']), socket));
    await new Promise<void>((resolve) => s.server.listen(0, '127.0.0.1', resolve));
    s.url = `ws://127.0.0.1:${(s.server.address() as AddressInfo).port}/link`;
    return s;
  }

  private accept(key: string, socket: Duplex): void {
    const accept = createHash('sha1')
      .update(key + GUID)
      .digest('base64');
    socket.write(
      `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
    );
    this.socket = socket;
    socket.on('data', (chunk: Buffer) => this.read(chunk));
    socket.on('error', () => undefined);
    this.sendJson({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0TEST' } });
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      if (this.buffer.length < 2) return;
      const opcode = this.buffer[0]! & 0x0f;
      let len = this.buffer[1]! & 0x7f;
      let offset = 2;
      if (len === 126) {
        if (this.buffer.length < 4) return;
        len = this.buffer.readUInt16BE(2);
        offset = 4;
      } else if (len === 127) {
        if (this.buffer.length < 10) return;
        len = Number(this.buffer.readBigUInt64BE(2));
        offset = 10;
      }
      if (this.buffer.length < offset + 4 + len) return;
      const mask = this.buffer.subarray(offset, offset + 4);
      const data = Buffer.from(this.buffer.subarray(offset + 4, offset + 4 + len));
      for (let i = 0; i < data.length; i++) data[i]! ^= mask[i % 4]!;
      this.buffer = this.buffer.subarray(offset + 4 + len);
      if (opcode === 0x1) {
        const ack = JSON.parse(data.toString('utf8')) as Omit<Ack, 'at'>;
        this.acks.push({ ...ack, at: Date.now() });
      } else if (opcode === 0x9) {
        this.socket?.write(frame(0xa, data));
      } else if (opcode === 0x8) {
        this.socket?.end(frame(0x8, Buffer.alloc(0)));
        this.socket = null;
      }
    }
  }

  private sendJson(value: unknown): void {
    this.socket?.write(frame(0x1, Buffer.from(JSON.stringify(value), 'utf8')));
  }

  get connected(): boolean {
    return this.socket !== null;
  }

  /** Sends an envelope; resolves with the bot's ack for it. */
  async envelope(
    type: 'events_api' | 'slash_commands' | 'interactive',
    payload: unknown,
    timeoutMs = 3000,
  ): Promise<Ack & { ms: number }> {
    const id = randomUUID();
    const sent = Date.now();
    this.sendJson({
      envelope_id: id,
      type,
      accepts_response_payload: type !== 'events_api',
      retry_attempt: 0,
      retry_reason: '',
      payload,
    });
    for (;;) {
      const ack = this.acks.find((a) => a.envelope_id === id);
      if (ack) return { ...ack, ms: ack.at - sent };
      if (Date.now() - sent > timeoutMs) throw new Error(`no ack for the ${type} envelope within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  close(): Promise<void> {
    this.socket?.destroy();
    return new Promise((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }
}
