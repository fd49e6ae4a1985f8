import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from './support/db.js';
import { freePort } from './support/bot.js';
import { SlackApiDouble } from './support/slack-api.js';
import { ROOT, runCli, runNode } from './support/run.js';
import { SIGNING_SECRET } from './support/signing.js';

/** The built bot as a process, its stdout and stderr gathered. */
function startBot(env: Record<string, string>) {
  const child = spawn(process.execPath, ['dist/main.js'], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env } });
  let text = '';
  child.stdout.on('data', (d: Buffer) => (text += d.toString()));
  child.stderr.on('data', (d: Buffer) => (text += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => text, exited };
}

// The built bot as `npm start` runs it (npm test builds before testing).
describe('npm start (node dist/main.js)', () => {
  it('with no Slack settings stops at once with a line naming SLACK_BOT_TOKEN', async () => {
    const r = await runNode(['dist/main.js'], { env: { DATABASE_URL: 'sqlite::memory:' } });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/SLACK_BOT_TOKEN/);
  });

  it('migrates, serves /healthz, keeps tokens out of its logs and stops cleanly on SIGTERM', async () => {
    const api = await SlackApiDouble.start();
    const database = await createTestDatabase('sqlite');
    const port = await freePort();
    const { child, output, exited } = startBot({
      DATABASE_URL: database.url,
      SLACK_BOT_TOKEN: 'xoxb-secret-token-value',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: api.url,
      PORT: String(port),
      LOG_LEVEL: 'debug',
    });
    try {
      let status = 0;
      for (let i = 0; i < 100 && status !== 200; i++) {
        status = await fetch(`http://127.0.0.1:${port}/healthz`).then(
          (r) => r.status,
          () => 0,
        );
        if (status !== 200) await new Promise((r) => setTimeout(r, 100));
      }
      expect(status, output()).toBe(200);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(output()).toMatch(/"msg":"stopped"/);
      expect(output()).not.toContain('xoxb-secret-token-value');
    } finally {
      child.kill('SIGKILL');
      await api.close();
      await database.drop();
    }
  });

  it('stops with one line when Slack refuses the token, before touching the database', async () => {
    const api = (await SlackApiDouble.start()).on('auth.test', () => ({ ok: false, error: 'invalid_auth' }));
    const database = await createTestDatabase('sqlite');
    try {
      const r = await runNode(['dist/main.js'], {
        env: { DATABASE_URL: database.url, SLACK_BOT_TOKEN: 'xoxb-revoked', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: api.url, PORT: String(await freePort()) },
      });
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^paxminer: SLACK_BOT_TOKEN: Slack refused it \(invalid_auth\)/);
      expect(r.stderr + r.stdout).not.toMatch(/\n\s+at /);
      expect(r.stdout).not.toMatch(/bot started/);
      expect(r.stderr + r.stdout).not.toContain('xoxb-revoked');
    } finally {
      await api.close();
      await database.drop();
    }
  });

  it('starts when Slack is unreachable, and /healthz says degraded (200) with slack unreachable', async () => {
    const database = await createTestDatabase('sqlite');
    const port = await freePort();
    const { child, output, exited } = startBot({
      DATABASE_URL: database.url,
      SLACK_BOT_TOKEN: 'xoxb-some-token',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      // A closed port: nothing answers.
      SLACK_API_URL: `http://127.0.0.1:${await freePort()}/api/`,
      PORT: String(port),
      JOBS: 'off',
    });
    try {
      let res: Response | undefined;
      for (let i = 0; i < 100 && !res; i++) {
        res = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined);
        if (!res) await new Promise((r) => setTimeout(r, 100));
      }
      expect(res?.status, output()).toBe(200);
      expect(await res!.json()).toEqual({ ok: true, status: 'degraded', database: 'up', slack: 'unreachable' });
      expect(output()).toMatch(/Slack unreachable: starting anyway/);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
      await database.drop();
    }
  });

  it('refuses a database holding the sample region, naming how to clear it', async () => {
    const api = await SlackApiDouble.start();
    const database = await createTestDatabase('sqlite');
    try {
      const imported = await runCli(['import', 'samples/export.zip'], { env: { DATABASE_URL: database.url } });
      expect(imported.code, imported.stderr).toBe(0);
      const r = await runNode(['dist/main.js'], {
        env: { DATABASE_URL: database.url, SLACK_BOT_TOKEN: 'xoxb-ok', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: api.url, PORT: String(await freePort()) },
      });
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      const file = database.url.slice('sqlite:'.length);
      expect(r.stderr).toContain(`paxminer: DATABASE_URL: holds the made-up sample region`);
      expect(r.stderr).toContain(`delete ${file}`);
      expect(r.stdout).not.toMatch(/bot started/);
    } finally {
      await api.close();
      await database.drop();
    }
  });
});
