import { pino, type Logger as PinoLogger } from 'pino';
// Types only: the CLI's parse and stats must not load Bolt to log.
import type { LogLevel as BoltLogLevel, Logger as BoltLogger } from '@slack/bolt';
import type { LogLevel } from './config.js';

export type Logger = PinoLogger;

const SECRET_KEYS = [
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  'slackBotToken',
  'slackAppToken',
  'slackSigningSecret',
  'password',
  'authorization',
  'databaseUrl',
  'slackClientSecret',
  'slackStateSecret',
  'slack_token',
  'refresh_token',
  'clientSecret',
  'stateSecret',
];

/** Keys whose values never reach a log line, at the top level and two levels down. */
export const REDACT_PATHS = [
  ...SECRET_KEYS,
  ...SECRET_KEYS.map((k) => `*.${k}`),
  ...SECRET_KEYS.map((k) => `*.*.${k}`),
  'req.headers.authorization',
  'req.headers["x-slack-signature"]',
];

const TOKEN_PATTERN = /\b(xox[abposr]|xapp)-[A-Za-z0-9-]+/g;

/** Masks Slack tokens inside free text (error messages, Bolt's own lines). */
export function scrub(text: string): string {
  return text.replace(TOKEN_PATTERN, '$1-[REDACTED]');
}

/** JSON lines, or readable colour on a terminal. `destination` is a file descriptor (1 stdout, 2 stderr). */
export function createLogger(level: LogLevel, options: { pretty?: boolean; destination?: 1 | 2 } = {}): Logger {
  const fd = options.destination ?? 1;
  const tty = fd === 1 ? process.stdout.isTTY : process.stderr.isTTY;
  const pretty = options.pretty ?? (tty === true && process.env.NODE_ENV !== 'production');
  const opts = {
    level,
    redact: { paths: REDACT_PATHS, censor: '[REDACTED]' },
    formatters: { level: (label) => ({ level: label }) },
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((a) => (typeof a === 'string' ? scrub(a) : a)) as Parameters<typeof method>);
      },
    },
  } satisfies pino.LoggerOptions;
  if (pretty) {
    return pino({
      ...opts,
      transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss', destination: fd } },
    });
  }
  return pino(opts, pino.destination({ fd, sync: fd === 2 }));
}

function joined(msgs: unknown[]): string {
  return scrub(
    msgs.map((m) => (m instanceof Error ? (m.stack ?? m.message) : typeof m === 'string' ? m : JSON.stringify(m))).join(' '),
  );
}

/** Bolt's Logger interface on top of pino. */
export function boltLogger(log: Logger): BoltLogger {
  let child = log.child({ component: 'bolt' });
  return {
    debug: (...msgs) => child.debug(joined(msgs)),
    info: (...msgs) => child.info(joined(msgs)),
    warn: (...msgs) => child.warn(joined(msgs)),
    error: (...msgs) => child.error(joined(msgs)),
    setLevel: () => {
      // The level is pino's, set from LOG_LEVEL.
    },
    getLevel: () => {
      const level = child.level;
      if (level === 'trace' || level === 'debug') return 'debug' as BoltLogLevel;
      if (level === 'info') return 'info' as BoltLogLevel;
      if (level === 'warn') return 'warn' as BoltLogLevel;
      return 'error' as BoltLogLevel;
    },
    setName: (name) => {
      child = log.child({ component: name });
    },
  };
}
