import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.js';
import { RegionRegistry } from '../../src/regions/registry.js';
import { dialects } from '../support/db.js';
import type { Workspace } from '../support/slack-api.js';
import { backblast, eventually, startManyRegions, uniqueSuffix, workspace, type ManyRegions } from './support.js';

describe.each(dialects())('token rotation on %s', (dialect) => {
  let m: ManyRegions;
  let alpha: Workspace;
  beforeEach(async () => {
    alpha = { ...workspace('alpha', uniqueSuffix()), refreshToken: 'xoxe-1-first', expiresIn: 43_200 };
    m = await startManyRegions(dialect, [alpha]);
    expect((await m.install(alpha)).status).toBe(200);
  });
  afterEach(async () => m.stop());

  const row = async () => (await m.registry.byTeam(alpha.teamId))!;
  const refreshes = () => m.api.callsTo('oauth.v2.access').filter((c) => c.params.grant_type === 'refresh_token');
  /** As if the hours went by: the token now expires in half an hour. */
  const nearExpiry = () => m.registry.control.updateTable('regions').set({ token_expires_at: Date.now() + 30 * 60_000 }).where('team_id', '=', alpha.teamId).execute();

  /** Waits until the work of earlier requests (the first hour's sync, the first backblast) is done. */
  const quiet = async () => {
    for (let n = -1; n !== m.api.calls.length; ) {
      n = m.api.calls.length;
      await new Promise((r) => setTimeout(r, 700));
    }
  };

  it('refreshes a token near its expiry and answers with the new one', async () => {
    const installed = await row();
    expect([installed.slack_token, installed.refresh_token]).toEqual(['xoxb-alpha-token', 'xoxe-1-first']);
    expect(Number(installed.token_expires_at)).toBeGreaterThan(Date.now() + 11 * 3600_000);

    // Far from expiry: no refresh.
    await m.event(alpha.teamId, { type: 'message', channel: alpha.channels[0]!.id, user: alpha.users[0]!.id, text: backblast(alpha, '2026-11-20'), ts: '1800000010.000100' });
    await eventually(async () => m.api.calls.filter((c) => c.token === 'xoxb-alpha-token'), (c) => c.length > 0);
    expect(refreshes()).toEqual([]);

    await quiet();
    await nearExpiry();
    const before = m.api.calls.length;
    await m.event(alpha.teamId, { type: 'message', channel: alpha.channels[0]!.id, user: alpha.users[0]!.id, text: backblast(alpha, '2026-11-21'), ts: '1800000020.000100' });
    // Events are answered before their region is looked up, so the refresh lands just after the answer.
    await eventually(async () => refreshes(), (r) => r.length > 0);
    expect(refreshes().map((c) => [c.params.refresh_token, c.params.client_id, c.params.client_secret])).toEqual([['xoxe-1-first', '1234.5678', 'client-secret']]);
    const after = await eventually(row, (r) => r.slack_token === alpha.token);
    expect(after.slack_token).toBe(alpha.token);
    expect(after.slack_token).not.toBe('xoxb-alpha-token');
    expect(after.refresh_token).toBe(alpha.refreshToken);
    expect(after.refresh_token).not.toBe('xoxe-1-first');
    expect(Number(after.token_expires_at)).toBeGreaterThan(Date.now() + 11 * 3600_000);
    const answered = await eventually(async () => m.api.calls.slice(before).filter((c) => c.method !== 'oauth.v2.access'), (c) => c.length > 0);
    expect(answered.length).toBeGreaterThan(0);
    expect(answered.filter((c) => c.token !== after.slack_token).map((c) => [c.method, c.token])).toEqual([]);
  });

  it('two registries refreshing at once refresh once', async () => {
    const other = await RegionRegistry.open(m.registry.settings, createLogger('silent', { pretty: false }));
    try {
      await nearExpiry();
      const r = await row();
      const [a, b] = await Promise.all([m.registry.fresh(r), other.fresh(r)]);
      expect(refreshes()).toHaveLength(1);
      expect([a.slack_token, b.slack_token]).toEqual([alpha.token, alpha.token]);
      expect((await row()).refresh_token).toBe(alpha.refreshToken);
    } finally {
      await other.close();
    }
  });

  it('a refused refresh leaves the region as it is', async () => {
    await nearExpiry();
    alpha.refreshToken = 'xoxe-1-someone-else';
    const r = await row();
    const got = await m.registry.fresh(r);
    expect(refreshes()).toHaveLength(1);
    expect(got).toEqual(r);
    expect(await row()).toEqual(r);
  });
});
