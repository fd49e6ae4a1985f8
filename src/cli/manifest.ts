import { readFileSync } from 'node:fs';
import { UsageError, type CommandRunner } from './command.js';
import { readFlags } from './flags.js';

const MANIFEST = new URL('../../manifest.yml', import.meta.url);
const PLACEHOLDER = 'https://YOUR-HOST';

/** The public base address, checked: https, no path beyond `/`, no query. */
function baseUrl(value: string): string {
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    throw new UsageError(`--url: expected the bot's public address like https://paxminer.example.org, got '${value}'`);
  }
  if (u.protocol !== 'https:') throw new UsageError(`--url: Slack only calls https addresses, got '${value}'`);
  if (u.search || u.hash || u.username) throw new UsageError(`--url: expected a plain address like https://paxminer.example.org, got '${value}'`);
  return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
}

/**
 * manifest.yml with every request address filled in; with `socketMode`, Socket Mode on and, when no
 * address is given, the address lines left out (Slack does not use them then).
 */
export function fillManifest(template: string, options: { url?: string; socketMode: boolean }): string {
  let text = template;
  if (options.url !== undefined) text = text.split(PLACEHOLDER).join(baseUrl(options.url));
  else text = text.replace(/^[ \t]*(?:url|request_url): https:\/\/YOUR-HOST\S*\n/gm, '');
  if (options.socketMode) text = text.replace(/^(\s*socket_mode_enabled:) false$/m, '$1 true');
  return text;
}

export const manifestCommand: CommandRunner = {
  async run(args, io) {
    const flags = readFlags(args, { valued: ['url'], switches: ['socket-mode'] });
    const url = flags.get('url');
    const socketMode = flags.get('socket-mode') === true;
    if (typeof url !== 'string' && !socketMode) {
      throw new UsageError("--url https://HOST is required (the bot's public address), or --socket-mode");
    }
    const text = fillManifest(readFileSync(MANIFEST, 'utf8'), { url: typeof url === 'string' ? url : undefined, socketMode });
    io.stdout.write(text);
    return 0;
  },
};
