import { isValidTimeZone } from './time.js';
import { CHANNEL_ID, USER_ID } from './slack-ids.js';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** The environment table of the README (Configuration), typed. */
export interface Settings {
  databaseUrl: string;
  slackBotToken: string | undefined;
  slackSigningSecret: string | undefined;
  slackAppToken: string | undefined;
  /** Always ends with `/` when set. */
  slackApiUrl: string | undefined;
  port: number;
  regionTz: string;
  quickchartUrl: string | undefined;
  regionChannel: string | undefined;
  adminUserIds: string[];
  jobs: boolean;
  logLevel: LogLevel;
}

/** A missing or malformed setting; its message is the one line start-up prints. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    expected: string,
  ) {
    super(`${variable}: ${expected}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function value(env: Env, name: string): string | undefined {
  const v = env[name]?.trim();
  return v === undefined || v === '' ? undefined : v;
}

function url(env: Env, name: string, protocols: string[]): string | undefined {
  const v = value(env, name);
  if (v === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(v);
  } catch {
    throw new ConfigError(name, `expected a URL (${protocols.join(' or ')}), got '${v}'`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `expected a URL (${protocols.join(' or ')}), got '${v}'`);
  }
  return v;
}

function databaseUrl(env: Env): string {
  const v = value(env, 'DATABASE_URL') ?? 'sqlite:./data/paxminer.sqlite';
  if (/^sqlite:.+/.test(v)) return v;
  if (/^mysql:\/\//.test(v)) {
    try {
      const u = new URL(v);
      if (u.hostname && u.pathname.length > 1) return v;
    } catch {
      // fall through to the error below
    }
  }
  throw new ConfigError('DATABASE_URL', `expected sqlite:<path> or mysql://user:pass@host:port/db, got '${redactUrl(v)}'`);
}

function redactUrl(v: string): string {
  return v.replace(/\/\/([^:/@]*):[^@]*@/, '//$1:***@');
}

function token(env: Env, name: string, prefix: string): string | undefined {
  const v = value(env, name);
  if (v !== undefined && !v.startsWith(prefix)) {
    throw new ConfigError(name, `expected a token starting with '${prefix}'`);
  }
  return v;
}

function port(env: Env): number {
  const v = value(env, 'PORT');
  if (v === undefined) return 3000;
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < 1 || n > 65535) throw new ConfigError('PORT', `expected a port number 1-65535, got '${v}'`);
  return n;
}

function timeZone(env: Env): string {
  const v = value(env, 'REGION_TZ') ?? 'America/Chicago';
  if (!isValidTimeZone(v)) throw new ConfigError('REGION_TZ', `expected an IANA time zone like America/Chicago, got '${v}'`);
  return v;
}

function channel(env: Env): string | undefined {
  const v = value(env, 'REGION_CHANNEL');
  if (v !== undefined && !CHANNEL_ID.test(v)) {
    throw new ConfigError('REGION_CHANNEL', `expected a Slack channel id like C0123ABCD, got '${v}'`);
  }
  return v;
}

function adminIds(env: Env): string[] {
  const v = value(env, 'ADMIN_USER_IDS');
  if (v === undefined) return [];
  const ids = v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = ids.find((id) => !USER_ID.test(id));
  if (bad !== undefined) {
    throw new ConfigError('ADMIN_USER_IDS', `expected comma-separated Slack user ids like U0123ABCD, got '${bad}'`);
  }
  return ids;
}

function jobs(env: Env): boolean {
  const v = value(env, 'JOBS')?.toLowerCase();
  if (v === undefined || ['on', 'true', '1', 'yes'].includes(v)) return true;
  if (['off', 'false', '0', 'no'].includes(v)) return false;
  throw new ConfigError('JOBS', `expected 'on' or 'off', got '${env.JOBS}'`);
}

function logLevel(env: Env): LogLevel {
  const v = value(env, 'LOG_LEVEL')?.toLowerCase() ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(v)) {
    throw new ConfigError('LOG_LEVEL', `expected one of ${LOG_LEVELS.join(', ')}, got '${v}'`);
  }
  return v as LogLevel;
}

/** Reads and checks every setting; throws the first ConfigError. */
export function loadSettings(env: Env = process.env): Settings {
  const apiUrl = url(env, 'SLACK_API_URL', ['http:', 'https:']);
  return {
    databaseUrl: databaseUrl(env),
    slackBotToken: token(env, 'SLACK_BOT_TOKEN', 'xoxb-'),
    slackSigningSecret: value(env, 'SLACK_SIGNING_SECRET'),
    slackAppToken: token(env, 'SLACK_APP_TOKEN', 'xapp-'),
    slackApiUrl: apiUrl === undefined ? undefined : apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`,
    port: port(env),
    regionTz: timeZone(env),
    quickchartUrl: url(env, 'QUICKCHART_URL', ['http:', 'https:']),
    regionChannel: channel(env),
    adminUserIds: adminIds(env),
    jobs: jobs(env),
    logLevel: logLevel(env),
  };
}

/** The settings the bot needs beyond the CLI's: a token, and a signing secret unless in Socket Mode. */
export function requireBotSettings(s: Settings): asserts s is Settings & { slackBotToken: string } {
  if (!s.slackBotToken) throw new ConfigError('SLACK_BOT_TOKEN', 'required to run the bot: the Bot User OAuth Token (xoxb-…)');
  if (!s.slackAppToken && !s.slackSigningSecret) {
    throw new ConfigError(
      'SLACK_SIGNING_SECRET',
      "required in HTTP mode: the app's Signing Secret (or set SLACK_APP_TOKEN for Socket Mode)",
    );
  }
}
