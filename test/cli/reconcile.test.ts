import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dateOfTs } from '../../src/time.js';
import { dialects, type TestRegion } from '../support/db.js';
import { runCli } from '../support/run.js';
import { Workspace, backblast, startReconcile, user } from '../jobs/reconcile-workspace.js';

const TZ = 'America/Chicago';
const USERS = [user('U0QUAIL', 'Quail'), user('U0BISON', 'Bison')];
const YARD = { id: 'C0YARD', name: 'ao-the-yard', created: 1_600_000_000, is_member: true };
const OUTSIDE = { id: 'C0OUTSIDE', name: 'ao-outside', created: 1_600_000_100, is_member: false };

describe.each(dialects())('paxminer reconcile on %s', (dialect) => {
  let t: TestRegion;
  let ws: Workspace;
  let env: Record<string, string>;
  let close: () => Promise<void>;
  beforeEach(async () => {
    ({ t, ws, env, close } = await startReconcile(dialect, USERS, [YARD, OUTSIDE], { REGION_TZ: TZ }));
  });
  afterEach(() => close());

  it('reads --days of history on a first run and prints what it did', async () => {
    const recent = ws.ts(2);
    const older = ws.ts(4);
    for (const ts of [older, recent])
      ws.post(YARD.id, { ts, user: 'U0QUAIL', text: backblast('U0QUAIL', ['U0BISON'], dateOfTs(ts, TZ)) });
    const r = await runCli(['reconcile', '--days', '3'], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Reconciled in [\d.]+ s: 2 users, 2 channels$/m);
    expect(r.stdout).toMatch(/channels read: 1 \(not a member, skipped: #ao-outside\)/);
    expect(r.stdout).toMatch(/backblasts: 1 new, 0 updated, 0 removed, 0 unchanged, 0 refused/);
    expect(r.stderr).toMatch(/reconcile: #ao-the-yard: 1 message$/m);
    expect(r.stderr + r.stdout).not.toMatch(/xoxb-test-token/);
    const rows = await t.ctx.db.selectFrom('beatdowns').select('timestamp').execute();
    expect(rows).toEqual([{ timestamp: recent }]);
  });
});

describe('paxminer reconcile usage', () => {
  it('refuses a bad --days and a missing token with a clear line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'paxminer-cli-reconcile-'));
    try {
      const env = { DATABASE_URL: `sqlite:${join(dir, 'r.sqlite')}` };
      const bad = await runCli(['reconcile', '--days', 'soon'], { env });
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/--days: expected a whole number/);
      const noToken = await runCli(['reconcile'], { env });
      expect(noToken.code).toBe(1);
      expect(noToken.stderr).toMatch(/^SLACK_BOT_TOKEN: required/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
