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
  /** Where a MySQL region keeps events the database could not take yet (SQLite keeps them beside its file). */
  spoolDir?: string;
  /** Many-regions mode (OAuth install) when all three are set; see `isManyRegions`. */
  slackClientId?: string;
  slackClientSecret?: string;
  slackStateSecret?: string;
  /** Many-regions jobs: how often each replica looks for due work (JOBS_TICK_SECONDS; a minute). */
  jobsTickMs?: number;
  /** Many-regions jobs, tests and drills only: the instant the job clock starts from (JOBS_CLOCK). */
  jobsClock?: Date;
}

/** True when the settings name the OAuth app: one deployment, many regions, a control database. */
export function isManyRegions(s: Settings): s is Settings & { slackClientId: string; slackClientSecret: string; slackStateSecret: string } {
  return s.slackClientId !== undefined;
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

/** The many-regions scheduler's test and drill knobs: its tick and a clock starting at a set instant. */
function jobKnobs(env: Env): Pick<Settings, 'jobsTickMs' | 'jobsClock'> {
  const out: Pick<Settings, 'jobsTickMs' | 'jobsClock'> = {};
  const tick = value(env, 'JOBS_TICK_SECONDS');
  if (tick !== undefined) {
    if (!/^\d+$/.test(tick) || Number(tick) < 1 || Number(tick) > 3600) {
      throw new ConfigError('JOBS_TICK_SECONDS', `expected whole seconds 1-3600, got '${tick}'`);
    }
    out.jobsTickMs = Number(tick) * 1000;
  }
  const clock = value(env, 'JOBS_CLOCK');
  if (clock !== undefined) {
    const at = new Date(clock);
    if (!/^\d{4}-\d\d-\d\dT/.test(clock) || Number.isNaN(at.getTime())) {
      throw new ConfigError('JOBS_CLOCK', `expected an ISO instant like 2026-12-01T16:00:00Z, got '${clock}'`);
    }
    out.jobsClock = at;
  }
  return out;
}

const OAUTH_VARS = ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'] as const;

/** The OAuth variables: all three or none, and never beside a bot token. */
function oauth(env: Env): Pick<Settings, 'slackClientId' | 'slackClientSecret' | 'slackStateSecret'> {
  const set = OAUTH_VARS.filter((name) => value(env, name) !== undefined);
  if (set.length === 0) return {};
  if (value(env, 'SLACK_BOT_TOKEN') !== undefined) {
    throw new ConfigError(
      `SLACK_BOT_TOKEN and ${set[0]}`,
      'set one or the other: a bot token runs one region, the OAuth client id, secret and state secret run many regions',
    );
  }
  if (value(env, 'SLACK_APP_TOKEN') !== undefined) {
    throw new ConfigError('SLACK_APP_TOKEN', 'not with many-regions mode: the OAuth install needs HTTP (unset SLACK_APP_TOKEN)');
  }
  const missing = OAUTH_VARS.find((name) => !set.includes(name));
  if (missing) throw new ConfigError(missing, `required with ${set.join(' and ')} (many-regions mode needs all three OAuth settings)`);
  return {
    slackClientId: value(env, 'SLACK_CLIENT_ID'),
    slackClientSecret: value(env, 'SLACK_CLIENT_SECRET'),
    slackStateSecret: value(env, 'SLACK_STATE_SECRET'),
  };
}

/** Reads and checks every setting; throws the first ConfigError. */
export function loadSettings(env: Env = process.env): Settings {
  const apiUrl = url(env, 'SLACK_API_URL', ['http:', 'https:']);
  return {
    ...oauth(env),
    ...jobKnobs(env),
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
    spoolDir: value(env, 'SPOOL_DIR'),
  };
}

/** The settings the bot needs beyond the CLI's: a token, and a signing secret unless in Socket Mode. */
export function requireBotSettings(s: Settings): asserts s is Settings & { slackBotToken: string } {
  if (isManyRegions(s)) {
    if (!s.slackSigningSecret) throw new ConfigError('SLACK_SIGNING_SECRET', "required in many-regions mode: the app's Signing Secret");
    return;
  }
  if (!s.slackBotToken) throw new ConfigError('SLACK_BOT_TOKEN', 'required to run the bot: the Bot User OAuth Token (xoxb-…)');
  if (!s.slackAppToken && !s.slackSigningSecret) {
    throw new ConfigError(
      'SLACK_SIGNING_SECRET',
      "required in HTTP mode: the app's Signing Secret (or set SLACK_APP_TOKEN for Socket Mode)",
    );
  }
}
