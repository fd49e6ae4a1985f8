import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runNode } from '../support/run.js';

/** The README's "Try it without Slack" shell block, as lines. */
function tryItLines(): string[] {
  const readme = readFileSync(`${ROOT}README.md`, 'utf8');
  const section = readme.slice(readme.indexOf('## Try it without Slack'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)![1]!;
  return block.split('\n').map((l) => l.trim()).filter(Boolean);
}

describe("the README's try-it steps on a fresh database", () => {
  it('keep the sample out of the default database, and every command prints figures', async () => {
    const lines = tryItLines();
    expect(lines).toContain('export DATABASE_URL=sqlite:./data/sample.sqlite');
    const commands = lines.filter((l) => l.startsWith('node dist/cli.js '));
    expect(commands.length).toBeGreaterThanOrEqual(3);
    const dir = mkdtempSync(join(tmpdir(), 'paxminer-try-'));
    try {
      // The same commands, with ./data moved to a temporary folder.
      const env = { DATABASE_URL: `sqlite:${join(dir, 'sample.sqlite')}` };
      for (const line of commands) {
        const args = line.slice('node dist/cli.js '.length).split(/\s+/).map((a) => a.replace(/^data\//, `${dir}/`));
        const r = await runNode(['dist/cli.js', ...args], { env, timeoutMs: 120_000 });
        expect(r.code, `${line}\n${r.stderr}`).toBe(0);
        expect(r.stdout.trim(), line).not.toBe('');
        if (args[0] === 'charts') expect(readdirSync(join(dir, 'charts')).filter((f) => f.endsWith('.png')).length).toBeGreaterThan(10);
        if (args[0] === 'stats') expect((JSON.parse(r.stdout) as { posts: number }).posts).toBeGreaterThan(0);
        if (args[0] === 'insights') expect(JSON.stringify(JSON.parse(r.stdout))).toMatch(/"year":[1-9]/);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
