import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ApiCall {
  method: string;
  params: Record<string, unknown>;
  token: string | undefined;
  at: number;
}

/** A handler's answer when it must be more than a JSON body: an HTTP status, headers (429 + Retry-After). */
export class HttpReply {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {}
}

/** One Slack workspace the double serves: its bot token, install code, users and channels. */
export interface Workspace {
  teamId: string;
  teamName: string;
  token: string;
  /** The OAuth code `oauth.v2.access` exchanges for the token. */
  code: string;
  botUserId: string;
  botId: string;
  /** With token rotation: the refresh token the double hands out and accepts (once), and the token's life. */
  refreshToken?: string;
  expiresIn?: number;
  users: Array<Record<string, unknown> & { id: string }>;
  channels: Array<Record<string, unknown> & { id: string; name: string }>;
}

type Handler = (params: Record<string, unknown>, call: ApiCall) => unknown;

export interface Upload {
  fileId: string;
  filename: string;
  bytes: Buffer;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function maybeJson(v: string): unknown {
  if (!/^[[{]/.test(v)) return v;
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}

function parseParams(body: Buffer, contentType: string): Record<string, unknown> {
  const text = body.toString('utf8');
  if (contentType.includes('application/json')) return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(text)) out[k] = maybeJson(v);
  return out;
}

/**
 * A local HTTP double of Slack's Web API (`SLACK_API_URL`): answers the methods the app uses with
 * plausible defaults, lets a test replace any answer, and records every call.
 */
export class SlackApiDouble {
  readonly calls: ApiCall[] = [];
  readonly uploads: Upload[] = [];
  private readonly handlers = new Map<string, Handler>();
  readonly workspaces: Workspace[] = [];
  private server!: Server;
  private seq = 0;
  url = '';

  static async start(): Promise<SlackApiDouble> {
    const d = new SlackApiDouble();
    await d.listen();
    return d;
  }

  /** Replaces the answer to a method. */
  on(method: string, handler: Handler): this {
    this.handlers.set(method, handler);
    return this;
  }

  /** Serves a workspace: auth.test, users and channels by its token, and its install code. */
  addWorkspace(ws: Workspace): this {
    this.workspaces.push(ws);
    return this;
  }

  /** The answer a served workspace gives, when the call is one it answers. */
  private workspaceAnswer(method: string, p: Record<string, unknown>, token: string | undefined): unknown {
    if (method === 'oauth.v2.access' && p.grant_type === 'refresh_token') return this.refresh(p);
    if (method === 'oauth.v2.access') {
      const ws = this.workspaces.find((w) => w.code === p.code);
      if (!ws) return { ok: false, error: 'invalid_code' };
      return {
        ok: true,
        app_id: 'A0TEST',
        authed_user: { id: ws.users[0]?.id ?? 'U0INSTALLER' },
        scope: 'commands,chat:write',
        token_type: 'bot',
        access_token: ws.token,
        bot_user_id: ws.botUserId,
        team: { id: ws.teamId, name: ws.teamName },
        enterprise: null,
        is_enterprise_install: false,
        ...(ws.refreshToken ? { refresh_token: ws.refreshToken, expires_in: ws.expiresIn ?? 43_200 } : {}),
      };
    }
    const ws = this.workspaces.find((w) => w.token === token);
    if (!ws) return undefined;
    switch (method) {
      case 'auth.test':
        return { ok: true, url: `https://${ws.teamId.toLowerCase()}.slack.com/`, team: ws.teamName, user: 'paxminer', team_id: ws.teamId, user_id: ws.botUserId, bot_id: ws.botId };
      case 'users.info': {
        const user = ws.users.find((u) => u.id === p.user);
        return user ? { ok: true, user: { team_id: ws.teamId, ...user } } : { ok: false, error: 'user_not_found' };
      }
      case 'users.list':
        return { ok: true, members: ws.users.map((u) => ({ team_id: ws.teamId, ...u })), response_metadata: { next_cursor: '' } };
      case 'conversations.info': {
        const channel = ws.channels.find((c) => c.id === p.channel);
        return channel ? { ok: true, channel } : { ok: false, error: 'channel_not_found' };
      }
      case 'conversations.list':
        return { ok: true, channels: ws.channels, response_metadata: { next_cursor: '' } };
      default:
        return undefined;
    }
  }

  /** A token refresh: a new token and refresh token; the used refresh token (and old token) stop working. */
  private refresh(p: Record<string, unknown>): unknown {
    const ws = this.workspaces.find((w) => w.refreshToken && w.refreshToken === p.refresh_token);
    if (!ws || !p.client_id || !p.client_secret) return { ok: false, error: 'invalid_refresh_token' };
    this.seq += 1;
    ws.token = `${ws.token.replace(/-r\d+$/, '')}-r${this.seq}`;
    ws.refreshToken = `xoxe-1-${ws.teamId}-r${this.seq}`;
    return {
      ok: true,
      app_id: 'A0TEST',
      token_type: 'bot',
      access_token: ws.token,
      refresh_token: ws.refreshToken,
      expires_in: ws.expiresIn ?? 43_200,
      team: { id: ws.teamId, name: ws.teamName },
    };
  }

  callsTo(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves with the first call (already made or to come) to `method` that matches. */
  async waitFor(method: string, match: (c: ApiCall) => boolean = () => true, timeoutMs = 5000): Promise<ApiCall> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.calls.find((c) => c.method === method && match(c));
      if (found) return found;
      if (Date.now() > deadline) {
        throw new Error(
          `no ${method} call within ${timeoutMs} ms; calls: ${this.calls.map((c) => c.method).join(', ') || 'none'}`,
        );
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  nextTs(): string {
    this.seq += 1;
    return `${1_800_000_000 + this.seq}.${String(this.seq).padStart(6, '0')}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }

  private defaults(method: string, p: Record<string, unknown>): unknown {
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://region.slack.com/',
          team: 'F3 Test',
          user: 'paxminer',
          team_id: 'T0TEST',
          user_id: 'UBOT',
          bot_id: 'BBOT',
        };
      case 'chat.postMessage':
        return {
          ok: true,
          channel: p.channel,
          ts: this.nextTs(),
          message: { text: p.text, blocks: p.blocks, metadata: p.metadata },
        };
      case 'chat.update':
        return { ok: true, channel: p.channel, ts: p.ts, text: p.text };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: this.nextTs() };
      case 'views.open':
      case 'views.update':
      case 'views.push':
      case 'views.publish':
        return { ok: true, view: { id: `V${this.seq++}`, ...(p.view as object) } };
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(p.users ?? 'X').replace(/\W/g, '')}` } };
      case 'files.getUploadURLExternal': {
        const id = `F${String(++this.seq).padStart(6, '0')}`;
        return {
          ok: true,
          upload_url: `${this.url.replace(/api\/$/, '')}upload/${id}?filename=${encodeURIComponent(String(p.filename))}`,
          file_id: id,
        };
      }
      case 'files.completeUploadExternal': {
        const files = (typeof p.files === 'string' ? JSON.parse(p.files) : p.files) as Array<{ id: string; title?: string }>;
        return { ok: true, files: files.map((f) => ({ id: f.id, title: f.title })) };
      }
      default:
        return { ok: true };
    }
  }

  private async listen(): Promise<void> {
    this.server = createServer(async (req, res) => {
      const body = await readBody(req);
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path.startsWith('/upload/')) {
        const fileId = path.slice('/upload/'.length);
        const filename = new URL(req.url ?? '/', 'http://x').searchParams.get('filename') ?? fileId;
        this.uploads.push({ fileId, filename, bytes: body });
        res.writeHead(200, { 'content-type': 'text/plain' }).end(`OK - ${body.length}`);
        return;
      }
      const method = path.replace(/^\/api\//, '');
      const params = parseParams(body, String(req.headers['content-type'] ?? ''));
      const auth = String(req.headers.authorization ?? '');
      const call: ApiCall = {
        method,
        params,
        token: auth.startsWith('Bearer ') ? auth.slice(7) : (params.token as string | undefined),
        at: Date.now(),
      };
      this.calls.push(call);
      let answer: unknown;
      try {
        const handler = this.handlers.get(method);
        answer = handler
          ? await handler(params, call)
          : (this.workspaceAnswer(method, params, call.token) ?? this.defaults(method, params));
      } catch (err) {
        answer = new HttpReply(500, { ok: false, error: String(err) });
      }
      const reply = answer instanceof HttpReply ? answer : new HttpReply(200, answer);
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers }).end(JSON.stringify(reply.body));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api/`;
  }
}
