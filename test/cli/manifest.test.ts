import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/run.js';

const template = readFileSync(`${ROOT}manifest.yml`, 'utf8');

/** Every `key: value` line of the YAML text whose key ends in url, as [key, value]. */
function urlLines(text: string): Array<[string, string]> {
  return [...text.matchAll(/^\s*(url|request_url):\s*(\S+)\s*$/gm)].map((m) => [m[1]!, m[2]!]);
}

describe('paxminer manifest', () => {
  it('fills in all five addresses with the given host, HTTP mode', async () => {
    const r = await runCli(['manifest', '--url', 'https://paxminer.example.org/']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('YOUR-HOST');
    const urls = urlLines(r.stdout);
    expect(urls).toHaveLength(5);
    expect(urls.filter(([k]) => k === 'url')).toHaveLength(3);
    expect(urls.filter(([k]) => k === 'request_url')).toHaveLength(2);
    for (const [, url] of urls) expect(url).toBe('https://paxminer.example.org/slack/events');
    expect(r.stdout).toMatch(/^\s*socket_mode_enabled: false$/m);
    // Nothing else changed: the output is the template with the host swapped in.
    expect(r.stdout).toBe(template.split('https://YOUR-HOST').join('https://paxminer.example.org'));
  });

  it('keeps a path prefix, and turns Socket Mode on when asked', async () => {
    const r = await runCli(['manifest', '--url=https://f3.example.org/bot', '--socket-mode']);
    expect(r.code, r.stderr).toBe(0);
    for (const [, url] of urlLines(r.stdout)) expect(url).toBe('https://f3.example.org/bot/slack/events');
    expect(urlLines(r.stdout)).toHaveLength(5);
    expect(r.stdout).toMatch(/^\s*socket_mode_enabled: true$/m);
    expect(r.stdout).not.toMatch(/socket_mode_enabled: false/);
  });

  it('in Socket Mode without an address leaves the address lines out', async () => {
    const r = await runCli(['manifest', '--socket-mode']);
    expect(r.code, r.stderr).toBe(0);
    expect(urlLines(r.stdout)).toEqual([]);
    expect(r.stdout).not.toContain('YOUR-HOST');
    expect(r.stdout).toMatch(/^\s*socket_mode_enabled: true$/m);
    expect(r.stdout).toMatch(/- command: \/paxminer\n/);
  });

  it.each([
    [[], /--url https:\/\/HOST is required/],
    [['--url', 'http://insecure.example.org'], /only calls https/],
    [['--url', 'not a url'], /expected the bot's public address/],
    [['--url', 'https://h.example.org/?x=1'], /plain address/],
  ])('refuses %j with a usage line', async (args, message) => {
    const r = await runCli(['manifest', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });
});
