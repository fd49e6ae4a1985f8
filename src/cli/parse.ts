import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Calendar } from '../backblast/dates.js';
import { parseMessage } from '../backblast/parse.js';
import type { ParseContext, SlackChannel, SlackMessage, SlackUser } from '../backblast/types.js';
import { UsageError, type CommandRunner } from './command.js';

interface Options {
  users?: string;
  channels?: string;
  tz?: string;
}

function readOptions(args: string[]): Options {
  const options: Options = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const name = flag.slice(2);
    if (flag !== '--users' && flag !== '--channels' && flag !== '--tz') throw new UsageError(`unknown argument '${arg}'`);
    const value = inline ?? args[++i];
    if (!value) throw new UsageError(`${flag} needs a value`);
    options[name as keyof Options] = value;
  }
  return options;
}

/** A Slack export list (`users.json`, `channels.json`) or an API answer holding one under `key`. */
async function readList<T>(path: string | undefined, key: string): Promise<T[]> {
  if (!path) return [];
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new Error(`cannot read ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const list = Array.isArray(data) ? data : (data as Record<string, unknown> | null)?.[key];
  if (!Array.isArray(list)) throw new Error(`${path} is not a Slack export list (an array of ${key})`);
  return list as T[];
}

function isMessage(v: unknown): v is SlackMessage {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as SlackMessage).ts === 'string';
}

function recordFor(line: string, n: number, ctx: ParseContext): string {
  let message: unknown;
  try {
    message = JSON.parse(line);
  } catch (err) {
    return JSON.stringify({ line: n, error: `invalid JSON: ${err instanceof Error ? err.message : String(err)}` });
  }
  if (!isMessage(message)) return JSON.stringify({ line: n, error: 'not a Slack message: an object with a string "ts" is needed' });
  try {
    return JSON.stringify(parseMessage(message, ctx));
  } catch (err) {
    return JSON.stringify({ line: n, error: err instanceof Error ? err.message : String(err) });
  }
}

export const parseCommand: CommandRunner = {
  async run(args, io) {
    const options = readOptions(args);
    const tz = options.tz ?? (io.env.REGION_TZ || 'America/Chicago');
    try {
      new Calendar(tz);
    } catch {
      throw new UsageError(`unknown time zone '${tz}'`);
    }
    const ctx: ParseContext = {
      users: await readList<SlackUser>(options.users, 'members'),
      channels: await readList<SlackChannel>(options.channels, 'channels'),
      tz,
    };
    const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
    let n = 0;
    for await (const line of lines) {
      n++;
      if (!line.trim()) continue;
      if (!io.stdout.write(recordFor(line, n, ctx) + '\n')) await once(io.stdout, 'drain');
    }
    return 0;
  },
};
