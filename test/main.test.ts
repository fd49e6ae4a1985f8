import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from './support/db.js';
import { freePort } from './support/bot.js';
import { SlackApiDouble } from './support/slack-api.js';
import { ROOT, runNode } from './support/run.js';
import { SIGNING_SECRET } from './support/signing.js';

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
    const child = spawn(process.execPath, ['dist/main.js'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        DATABASE_URL: database.url,
        SLACK_BOT_TOKEN: 'xoxb-secret-token-value',
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: api.url,
        PORT: String(port),
        LOG_LEVEL: 'debug',
      },
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      let status = 0;
      for (let i = 0; i < 100 && status !== 200; i++) {
        status = await fetch(`http://127.0.0.1:${port}/healthz`).then(
          (r) => r.status,
          () => 0,
        );
        if (status !== 200) await new Promise((r) => setTimeout(r, 100));
      }
      expect(status, output).toBe(200);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(output).toMatch(/"msg":"stopped"/);
      expect(output).not.toContain('xoxb-secret-token-value');
    } finally {
      child.kill('SIGKILL');
      await api.close();
      await database.drop();
    }
  });
});
