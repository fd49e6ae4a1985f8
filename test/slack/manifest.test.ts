import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BOT_SCOPES } from '../../src/regions/app.js';
import { BACKBLAST_COMMAND, BACKBLAST_SHORTCUT } from '../../src/slack/blocks/ids.js';
import { ROOT } from '../support/run.js';

const manifest = readFileSync(`${ROOT}manifest.yml`, 'utf8');

/** The items of a YAML block list under `key:` (`- value` lines, comments skipped). */
function list(key: string): string[] {
  const lines = manifest.split('\n');
  const start = lines.findIndex((l) => l.trim() === `${key}:`);
  if (start < 0) return [];
  const indent = lines[start]!.search(/\S/);
  const out: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim().startsWith('#') || line.trim() === '') continue;
    if (line.search(/\S/) <= indent && !line.trim().startsWith('-')) break;
    const m = /^\s*-\s+(\S+)\s*$/.exec(line);
    if (m) out.push(m[1]!);
    else if (line.search(/\S/) <= indent) break;
  }
  return out;
}

describe('manifest.yml', () => {
  it('has the commands the bot answers (/backblast unescaped), all at /slack/events', () => {
    const commands = [...manifest.matchAll(/- command: (\S+)/g)].map((m) => m[1]);
    expect(commands).toEqual([BACKBLAST_COMMAND, '/mystats', '/paxminer']);
    expect(manifest).toMatch(new RegExp(`- command: ${BACKBLAST_COMMAND}\\n(?:\\s+\\w+: .*\\n)*?\\s+should_escape: false\\n`));
    const urls = [...manifest.matchAll(/(?:url|request_url): (\S+)/g)].map((m) => m[1]);
    expect(urls.length).toBe(5);
    for (const url of urls) expect(url).toBe('https://YOUR-HOST/slack/events');
  });

  it('gives /mystats and /paxminer their usage hints', () => {
    expect(manifest).toMatch(/- command: \/mystats\n(?:\s+\w+: .*\n)*?\s+usage_hint: "\[YYYY\]"\n/);
    expect(manifest).toMatch(/- command: \/paxminer\n(?:\s+\w+: .*\n)*?\s+usage_hint: help\n/);
  });

  it('has the global shortcut, the events, interactivity, and HTTP mode', () => {
    expect(manifest).toMatch(new RegExp(`type: global\\n\\s+callback_id: ${BACKBLAST_SHORTCUT}\\n`));
    expect(list('bot_events')).toEqual(['message.channels', 'message.groups', 'app_home_opened', 'team_join']);
    expect(manifest).toMatch(/interactivity:\n\s+is_enabled: true/);
    expect(manifest).toMatch(/socket_mode_enabled: false/);
  });

  it('asks for the scopes the code uses and no others', () => {
    expect(list('bot').sort()).toEqual(
      [
        'channels:history',
        'groups:history',
        'channels:read',
        'groups:read',
        'users:read',
        'users:read.email',
        'chat:write',
        'chat:write.public',
        'commands',
        'im:write',
        'files:write',
        'files:read',
        'channels:join',
      ].sort(),
    );
  });

  it('asks an OAuth install (many-regions mode) for the same scopes as the manifest', () => {
    expect([...BOT_SCOPES].sort()).toEqual(list('bot').sort());
  });
});
