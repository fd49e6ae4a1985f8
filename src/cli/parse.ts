import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
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

/** Output is gathered and written in chunks of about this many characters: one write per line costs more than the parse. */
const BATCH = 1 << 16;

/** Calls `each` on every line of a stream, whole chunks at a time (a last line without a newline included). */
async function eachLine(input: NodeJS.ReadableStream, each: (line: string) => void, afterChunk: () => Promise<void>): Promise<void> {
  const decoder = new StringDecoder('utf8');
  let carry = '';
  const split = (text: string) => {
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      each(text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end));
      start = end + 1;
    }
    return text.slice(start);
  };
  for await (const chunk of input) {
    carry = split(carry + (typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer)));
    await afterChunk();
  }
  carry += decoder.end();
  if (carry) each(carry.endsWith('\r') ? carry.slice(0, -1) : carry);
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
    let n = 0;
    let out = '';
    const flush = async () => {
      const ready = io.stdout.write(out);
      out = '';
      if (!ready) await once(io.stdout, 'drain');
    };
    await eachLine(
      io.stdin,
      (line) => {
        n++;
        if (line.trim()) out += recordFor(line, n, ctx) + '\n';
      },
      async () => {
        if (out.length >= BATCH) await flush();
      },
    );
    if (out) await flush();
    return 0;
  },
};
