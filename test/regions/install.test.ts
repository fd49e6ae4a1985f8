import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dialects } from '../support/db.js';
import { NOT_SET_UP } from '../../src/regions/router.js';
import { EDIT_BACKBLAST, editValue } from '../../src/slack/blocks/ids.js';
import { backblast, eventually, twoRegions, type ManyRegions } from './support.js';
import type { Workspace } from '../support/slack-api.js';

describe.each(dialects())('many regions on %s', (dialect) => {
  let m: ManyRegions;
  let alpha: Workspace;
  let bravo: Workspace;
  beforeEach(async () => {
    ({ m, alpha, bravo } = await twoRegions(dialect));
  });
  afterEach(async () => m.stop());

  const beatdowns = (schema: string) =>
    m.regionDb(schema).selectFrom('beatdowns').select(['ao_id', 'q_user_id', 'timestamp']).orderBy('timestamp').execute();
  const attendance = (schema: string) => m.regionDb(schema).selectFrom('bd_attendance').select(['user_id']).orderBy('user_id').execute();

  it('installs two workspaces by OAuth, keeps each one\'s backblasts in its own schema, and uninstalls one', async () => {
    // A workspace nobody installed: polite answer, nothing written, no region created.
    const early = await m.command(alpha.teamId, { command: '/mystats', text: '', user_id: alpha.users[0]!.id, channel_id: alpha.channels[0]!.id });
    expect(early.status).toBe(200);
    expect(JSON.stringify(await early.json())).toContain('not set up');
    expect((await m.event(alpha.teamId, { type: 'message', channel: alpha.channels[0]!.id, user: alpha.users[0]!.id, text: backblast(alpha, '2026-11-20'), ts: '1800000001.000100' })).status).toBe(200);
    expect(await m.registry.list()).toEqual([]);

    for (const ws of [alpha, bravo]) {
      const done = await m.install(ws);
      expect(done.status).toBe(200);
    }
    // oauth.v2.access went to the double (SLACK_API_URL), with the client's credentials.
    expect(m.api.callsTo('oauth.v2.access').map((c) => c.params.code).sort()).toEqual(['code-alpha', 'code-bravo']);
    const rows = await m.registry.list();
    expect(rows.map((r) => [r.team_id, r.slack_token, Number(r.active)]).sort()).toEqual([
      [alpha.teamId, alpha.token, 1],
      [bravo.teamId, bravo.token, 1],
    ]);
    const schemaOf = (ws: Workspace) => rows.find((r) => r.team_id === ws.teamId)!.schema_name;
    expect(schemaOf(alpha)).not.toBe(schemaOf(bravo));

    // One backblast in each workspace, and one in bravo pasting alpha's channel and PAX ids.
    await m.event(alpha.teamId, { type: 'message', channel: alpha.channels[0]!.id, user: alpha.users[0]!.id, text: backblast(alpha, '2026-11-20'), ts: '1800000010.000100' });
    await m.event(bravo.teamId, { type: 'message', channel: bravo.channels[0]!.id, user: bravo.users[0]!.id, text: backblast(bravo, '2026-11-21'), ts: '1800000020.000100' });
    await m.event(bravo.teamId, {
      type: 'message',
      channel: bravo.channels[0]!.id,
      user: bravo.users[0]!.id,
      text: backblast(bravo, '2026-11-22', { channel: alpha.channels[0]!.id, users: [alpha.users[1]!.id] }),
      ts: '1800000030.000100',
    });

    const a = await eventually(() => beatdowns(schemaOf(alpha)), (r) => r.length >= 1);
    const b = await eventually(() => beatdowns(schemaOf(bravo)), (r) => r.length >= 1);
    expect(a).toEqual([{ ao_id: alpha.channels[0]!.id, q_user_id: alpha.users[0]!.id, timestamp: '1800000010.000100' }]);
    // The post naming alpha's channel as its AO is refused in bravo (not a channel of bravo's
    // workspace), and its poster is told why.
    const refusal = await eventually(
      async () => m.api.calls.filter((c) => c.token === bravo.token && String(c.params.text ?? '').includes('is not a channel of this workspace')),
      (r) => r.length >= 1,
    );
    expect(refusal.length).toBeGreaterThanOrEqual(1);
    expect((await beatdowns(schemaOf(bravo))).map((r) => r.timestamp)).toEqual(['1800000020.000100']);
    expect(b.every((r) => r.q_user_id === bravo.users[0]!.id)).toBe(true);
    // Alpha's schema has nothing of bravo's, whatever bravo pasted.
    expect((await attendance(schemaOf(alpha))).map((r) => r.user_id)).toEqual(alpha.users.map((u) => u.id).sort());
    const alphaUsers = await m.regionDb(schemaOf(alpha)).selectFrom('users').select('user_id').execute();
    expect(alphaUsers.every((u) => u.user_id.startsWith('U0ALPHA'))).toBe(true);
    // Each workspace was answered with its own token.
    const notes = m.api.calls.filter((c) => c.method === 'chat.postEphemeral' || c.method === 'chat.postMessage');
    for (const n of notes) {
      const ws = String(n.params.channel).startsWith('C0ALPHA') ? alpha : bravo;
      expect(n.token).toBe(ws.token);
    }

    // An Edit button in bravo carrying alpha's channel and backblast ts: bravo's records have no such
    // backblast, so no form with alpha's backblast opens, and nothing is written anywhere.
    const viewsBefore = m.api.callsTo('views.open').length;
    const pasted = await m.interaction({
      type: 'block_actions',
      team: { id: bravo.teamId, domain: 'bravo' },
      user: { id: bravo.users[0]!.id, team_id: bravo.teamId },
      api_app_id: 'A0TEST',
      trigger_id: 'trig.pasted',
      container: { type: 'message', channel_id: bravo.channels[0]!.id, message_ts: '1800000020.000100', is_ephemeral: true },
      channel: { id: bravo.channels[0]!.id },
      actions: [{ type: 'button', action_id: EDIT_BACKBLAST, block_id: 'b', value: editValue({ channel: alpha.channels[0]!.id, ts: '1800000010.000100' }), action_ts: '1' }],
    });
    expect(pasted.status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    const opened = m.api.callsTo('views.open').slice(viewsBefore);
    expect(JSON.stringify(opened)).not.toContain(alpha.users[1]!.id);
    expect(await beatdowns(schemaOf(alpha))).toEqual(a);

    // A command in bravo asking about alpha's PAX: answered from bravo's database only.
    const stats = await m.command(bravo.teamId, { command: '/mystats', text: `<@${alpha.users[0]!.id}>`, user_id: bravo.users[0]!.id, channel_id: bravo.channels[0]!.id });
    expect(stats.status).toBe(200);

    // Uninstall alpha: inactive, token gone, data kept; then it is "not set up" and writes nothing.
    expect((await m.event(alpha.teamId, { type: 'app_uninstalled' })).status).toBe(200);
    const after = (await m.registry.list()).find((r) => r.team_id === alpha.teamId)!;
    expect([Number(after.active), after.slack_token, after.schema_name]).toEqual([0, '', schemaOf(alpha)]);
    const late = await m.command(alpha.teamId, { command: '/mystats', text: '', user_id: alpha.users[0]!.id, channel_id: alpha.channels[0]!.id });
    expect((await late.json()) as unknown).toEqual({ response_type: 'ephemeral', text: NOT_SET_UP });
    await m.event(alpha.teamId, { type: 'message', channel: alpha.channels[0]!.id, user: alpha.users[0]!.id, text: backblast(alpha, '2026-11-23'), ts: '1800000040.000100' });
    await new Promise((r) => setTimeout(r, 300));
    expect(await beatdowns(schemaOf(alpha))).toEqual(a);

    // Reinstall: same row, same schema with its history, active again with the new token.
    alpha.token = 'xoxb-alpha-second-token';
    expect((await m.install(alpha)).status).toBe(200);
    const again = (await m.registry.list()).filter((r) => r.team_id === alpha.teamId);
    expect(again.map((r) => [r.schema_name, Number(r.active), r.slack_token])).toEqual([[schemaOf(alpha), 1, alpha.token]]);
    await m.event(alpha.teamId, { type: 'message', channel: alpha.channels[0]!.id, user: alpha.users[0]!.id, text: backblast(alpha, '2026-11-24'), ts: '1800000050.000100' });
    expect((await eventually(() => beatdowns(schemaOf(alpha)), (r) => r.length >= 2)).length).toBe(2);
  });

  it('refuses an OAuth callback without the state it issued', async () => {
    const res = await fetch(`${m.base}/slack/oauth_redirect?code=${alpha.code}&state=forged`);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(await m.registry.list()).toEqual([]);
    expect(m.api.callsTo('oauth.v2.access')).toEqual([]);
  });
});
