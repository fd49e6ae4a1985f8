import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
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

/** The text of bytes `start` to `end`, a carriage return before the end dropped. */
function lineOf(bytes: Buffer, start: number, end: number): string {
  return bytes.toString('utf8', start, end > start && bytes[end - 1] === 13 ? end - 1 : end);
}

/**
 * Calls `each` on every line of a stream, whole chunks at a time (a last line without a newline included).
 * Lines are split as bytes and decoded one by one: a line of ASCII stays a one-byte string, where decoding
 * whole chunks made every line two-byte as soon as its chunk held one accent, which JSON.parse and the
 * parser's scans pay for.
 */
async function eachLine(input: NodeJS.ReadableStream, each: (line: string) => void, afterChunk: () => Promise<void>): Promise<void> {
  // The start of a line that runs on into the next chunks, in pieces: joined once, when the line ends.
  const rest: Buffer[] = [];
  for await (const data of input) {
    const chunk = typeof data === 'string' ? Buffer.from(data) : (data as Buffer);
    let start = 0;
    let end = chunk.indexOf(10);
    if (rest.length > 0 && end !== -1) {
      rest.push(chunk.subarray(0, end));
      const joined = Buffer.concat(rest);
      each(lineOf(joined, 0, joined.length));
      rest.length = 0;
      start = end + 1;
      end = chunk.indexOf(10, start);
    }
    for (; end !== -1; end = chunk.indexOf(10, start)) {
      each(lineOf(chunk, start, end));
      start = end + 1;
    }
    if (start < chunk.length) rest.push(start === 0 ? chunk : chunk.subarray(start));
    await afterChunk();
  }
  if (rest.length > 0) {
    const last = Buffer.concat(rest);
    each(lineOf(last, 0, last.length));
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
