import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';
import { Kysely } from '../../src/db/kysely.js';
import { inject } from 'vitest';
import { loadSettings } from '../../src/config.js';
import type { DialectName } from '../../src/db/dialect.js';
import type { Database } from '../../src/db/types.js';
import { createLogger } from '../../src/log.js';
import { createRegionsApp, type RegionsApp } from '../../src/regions/app.js';
import { RegionRegistry } from '../../src/regions/registry.js';
import { adoptPaxminerRegions } from '../../src/regions/main.js';
import { freePort } from '../support/bot.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { SIGNING_SECRET, commandBody, eventBody, interactionBody, postSigned } from '../support/signing.js';
import { SlackApiDouble, type Workspace } from '../support/slack-api.js';

// Many-regions mode on a real control database (SQLite file or MariaDB schema), served over HTTP,
// with a Web API double that serves several workspaces.

export function workspace(key: string, suffix: string): Workspace {
  const K = key.toUpperCase();
  const user = (id: string, name: string, real: string, extra: Record<string, unknown> = {}) => ({
    id,
    name: name.toLowerCase(),
    real_name: real,
    profile: { display_name: name, real_name: real, email: `${name.toLowerCase()}@example.com` },
    ...extra,
  });
  return {
    teamId: `T0${K}`,
    teamName: `F3 ${key} ${suffix}`,
    token: `xoxb-${key}-token`,
    code: `code-${key}`,
    botUserId: `UBOT${K}`,
    botId: `BBOT${K}`,
    users: [
      user(`U0${K}Q`, `${key}q`, `${key} Leader`, { is_admin: true }),
      user(`U0${K}PAX1`, `${key}pax1`, `${key} One`),
      user(`U0${K}PAX2`, `${key}pax2`, `${key} Two`),
    ],
    channels: [{ id: `C0${K}YARD`, name: `ao-${key}-yard`, created: 1_600_000_000, is_channel: true }],
  };
}

export interface ManyRegions {
  api: SlackApiDouble;
  registry: RegionRegistry;
  app: RegionsApp;
  base: string;
  database: TestDatabase;
  event(team: string, event: Record<string, unknown>): Promise<Response>;
  command(team: string, fields: Record<string, string>): Promise<Response>;
  interaction(payload: Record<string, unknown>): Promise<Response>;
  /** Runs the OAuth install of a workspace the double serves, as a browser does. */
  install(ws: Workspace): Promise<Response>;
  /** A direct handle on a region's own database, to check what landed where. */
  regionDb(schema: string): Kysely<Database>;
  stop(): Promise<void>;
}

/** The environment of many-regions mode against a control database and a Web API double. */
export function manyRegionsEnv(databaseUrl: string, apiUrl: string, port: number): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    SLACK_CLIENT_ID: '1234.5678',
    SLACK_CLIENT_SECRET: 'client-secret',
    SLACK_STATE_SECRET: 'state-secret-for-tests',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: apiUrl,
    PORT: String(port),
  };
}

export async function startManyRegions(dialect: DialectName, workspaces: Workspace[], options: { database?: TestDatabase } = {}): Promise<ManyRegions> {
  const api = await SlackApiDouble.start();
  for (const ws of workspaces) api.addWorkspace(ws);
  const port = await freePort();
  const database = options.database ?? (await createTestDatabase(dialect));
  const settings = loadSettings({
    ...manyRegionsEnv(database.url, api.url, port),
    JOBS: 'off',
    REGION_TZ: 'America/Chicago',
  });
  const log = createLogger('silent', { pretty: false });
  const registry = await RegionRegistry.open(settings, log);
  await adoptPaxminerRegions(registry, settings, log);
  const app = createRegionsApp(registry, settings, log);
  await app.start();
  const base = `http://127.0.0.1:${port}`;
  const events = `${base}/slack/events`;
  const handles: Kysely<Database>[] = [];
  return {
    api,
    registry,
    app,
    base,
    database,
    event: (team, event) => postSigned(events, { body: eventBody(event, undefined, team), contentType: 'application/json' }),
    command: (team, fields) =>
      postSigned(events, {
        body: commandBody({ team_id: team, response_url: `${api.url.replace(/api\/$/, '')}response`, ...fields }),
        contentType: 'application/x-www-form-urlencoded',
      }),
    interaction: (payload) => postSigned(events, { body: interactionBody(payload), contentType: 'application/x-www-form-urlencoded' }),
    install: async (ws) => {
      const page = await fetch(`${base}/slack/install`);
      const html = await page.text();
      const state = /[?&;]state=([^&"']+)/.exec(html)?.[1];
      const cookie = (page.headers.get('set-cookie') ?? '').split(';')[0];
      if (!state || !cookie) throw new Error(`no state in the install page: ${page.status} ${html.slice(0, 200)}`);
      return fetch(`${base}/slack/oauth_redirect?code=${ws.code}&state=${state}`, { headers: { cookie } });
    },
    regionDb: (schema) => {
      const handle = registry.databases.open<Database>(schema);
      handles.push(handle.db);
      return handle.db;
    },
    stop: async () => {
      await app.stop();
      const rows = await registry.list();
      for (const h of handles) await h.destroy();
      await registry.close();
      await api.close();
      if (dialect === 'mysql') {
        const conn = await createConnection({ uri: inject('mysqlServerUrl')! });
        for (const r of rows) await conn.query(`drop database if exists \`${r.schema_name}\``);
        await conn.end();
      }
      await database.drop();
    },
  };
}

export function uniqueSuffix(): string {
  return randomBytes(3).toString('hex');
}

export interface TwoRegions {
  m: ManyRegions;
  alpha: Workspace;
  bravo: Workspace;
}

/** Workspaces alpha and bravo on one deployment, changed by `prepare` first and installed when asked. */
export async function twoRegions(
  dialect: DialectName,
  options: { install?: boolean; prepare?: (alpha: Workspace, bravo: Workspace) => void } = {},
): Promise<TwoRegions> {
  const suffix = uniqueSuffix();
  const alpha = workspace('alpha', suffix);
  const bravo = workspace('bravo', suffix);
  options.prepare?.(alpha, bravo);
  const m = await startManyRegions(dialect, [alpha, bravo]);
  if (options.install) {
    for (const ws of [alpha, bravo]) {
      const res = await m.install(ws);
      if (res.status !== 200) throw new Error(`installing ${ws.teamId} answered ${res.status}`);
    }
  }
  return { m, alpha, bravo };
}

/** A typed backblast of a workspace's Q and PAX, with another workspace's ids pasted in if asked. */
export function backblast(ws: Workspace, date: string, pasted: { channel?: string; users?: string[] } = {}): string {
  const [q, pax1, pax2] = ws.users;
  const pax = [pax1!.id, pax2!.id, ...(pasted.users ?? [])].map((id) => `<@${id}>`).join(' ');
  return [
    'Backblast! Murder bunnies',
    `Date: ${date}`,
    `AO: <#${pasted.channel ?? ws.channels[0]!.id}>`,
    `Q: <@${q!.id}>`,
    `PAX: ${pax}`,
    'FNGs: None',
    '',
    'Warm-up: SSH x 20.',
  ].join('\n');
}

/** Reads until `ok` (or the time is up), for work that lands after Slack's answer. */
export async function eventually<T>(read: () => T | Promise<T>, ok: (v: T) => boolean, ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (ok(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
}
