import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dialects } from '../support/db.js';
import { runDueJobs } from '../../src/regions/jobs.js';
import { EDIT_REGION_SETTINGS, NOT_REGION_ADMIN, REGION_SETTINGS_FORM } from '../../src/slack/home/region-settings.js';
import { createLogger } from '../../src/log.js';
import { eventually, twoRegions, type ManyRegions } from './support.js';
import type { Workspace } from '../support/slack-api.js';

// Many-regions mode: a region's admins see and change its registry settings in the App Home.

type Values = Record<string, Record<string, unknown>>;

function settingsValues(v: { tz: string; channel?: string | null; admins?: string[]; switches?: string[] }): Values {
  return {
    tz: { value: { type: 'plain_text_input', value: v.tz } },
    channel: { value: { type: 'conversations_select', selected_conversation: v.channel ?? null } },
    admins: { value: { type: 'multi_users_select', selected_users: v.admins ?? [] } },
    switches: { value: { type: 'checkboxes', selected_options: (v.switches ?? []).map((value) => ({ value, text: { type: 'plain_text', text: value } })) } },
  };
}

describe.each(dialects())('region settings in the App Home on %s', (dialect) => {
  let m: ManyRegions;
  let alpha: Workspace;
  let bravo: Workspace;
  beforeEach(async () => {
    ({ m, alpha, bravo } = await twoRegions(dialect, { install: true }));
  });
  afterEach(async () => m.stop());

  const rowOf = async (ws: Workspace) => (await m.registry.list()).find((r) => r.team_id === ws.teamId)!;
  const settingsOf = async (ws: Workspace) => {
    const r = await rowOf(ws);
    return {
      tz: r.time_zone,
      channel: r.firstf_channel,
      admins: r.admin_user_ids,
      switches: [r.scrape_backblasts, r.send_pax_charts, r.send_ao_leaderboard, r.send_q_charts, r.send_region_leaderboard].map(Number),
    };
  };

  /** Opens the Home tab as `user` and returns the view published for him. */
  async function home(ws: Workspace, user: string): Promise<string> {
    const before = m.api.callsTo('views.publish').length;
    expect((await m.event(ws.teamId, { type: 'app_home_opened', user, channel: `D${user}`, tab: 'home', event_ts: `${Date.now() / 1000}` })).status).toBe(200);
    const calls = await eventually(() => m.api.callsTo('views.publish').slice(before), (c) => c.length > 0);
    expect(calls.map((c) => [c.params.user_id, c.token])).toEqual([[user, ws.token]]);
    return JSON.stringify(calls[0]!.params.view);
  }

  function sentBy(ws: Workspace, user: string) {
    return { team: { id: ws.teamId, domain: ws.teamId.toLowerCase() }, user: { id: user, team_id: ws.teamId }, api_app_id: 'A0TEST', trigger_id: `trig.${Math.random().toString(36).slice(2)}` };
  }

  const clickEdit = (ws: Workspace, user: string) =>
    m.interaction({
      type: 'block_actions',
      ...sentBy(ws, user),
      container: { type: 'view', view_id: 'VHOME' },
      actions: [{ type: 'button', action_id: EDIT_REGION_SETTINGS, block_id: 'b', value: 'edit', action_ts: '1' }],
    });

  const submit = (ws: Workspace, user: string, values: Values, privateMetadata = '') =>
    m.interaction({
      type: 'view_submission',
      ...sentBy(ws, user),
      view: { id: 'VSETTINGS', team_id: ws.teamId, type: 'modal', callback_id: REGION_SETTINGS_FORM, private_metadata: privateMetadata, state: { values }, hash: 'h' },
    });

  it('shows an admin the settings, saves his changes for the next Home and job, and refuses anyone else', async () => {
    const [admin, pax1, pax2] = alpha.users.map((u) => u.id) as [string, string, string];
    const untouched = { tz: null, channel: null, admins: null, switches: [1, 1, 1, 1, 1] };
    expect(await settingsOf(alpha)).toEqual(untouched);

    // The workspace admin sees the section with the current values; a PAX sees only his figures.
    const adminHome = await home(alpha, admin);
    expect(adminHome).toContain('Region settings (admins)');
    expect(adminHome).toContain('America/Chicago');
    expect(adminHome).toContain(EDIT_REGION_SETTINGS);
    const paxHome = await home(alpha, pax1);
    expect(paxHome).not.toContain('Region settings');
    expect(paxHome).not.toContain(EDIT_REGION_SETTINGS);

    // "Edit settings" opens the modal for the admin only.
    expect((await clickEdit(alpha, pax1)).status).toBe(200);
    expect((await clickEdit(alpha, admin)).status).toBe(200);
    const opened = await eventually(() => m.api.callsTo('views.open'), (c) => c.length > 0);
    await new Promise((r) => setTimeout(r, 200));
    expect(m.api.callsTo('views.open')).toHaveLength(1);
    const modal = opened[0]!.params.view as { callback_id: string; blocks: Array<{ block_id: string; element: Record<string, unknown> }> };
    expect(opened[0]!.token).toBe(alpha.token);
    expect(modal.callback_id).toBe(REGION_SETTINGS_FORM);
    expect(modal.blocks.map((b) => b.block_id)).toEqual(['tz', 'channel', 'admins', 'switches']);
    expect(modal.blocks[0]!.element.initial_value).toBe('America/Chicago');
    expect((modal.blocks[3]!.element.initial_options as unknown[]).length).toBe(5);

    // A PAX's forged submission (metadata naming bravo's team, too) is refused and changes nothing.
    const wanted = { tz: 'Europe/London', channel: alpha.channels[0]!.id, admins: [pax2], switches: ['scrape', 'ao'] };
    const forged = await submit(alpha, pax1, settingsValues(wanted), JSON.stringify({ team: bravo.teamId, region: 'bravo' }));
    expect(forged.status).toBe(200);
    expect(JSON.stringify(await forged.json())).toContain(NOT_REGION_ADMIN.slice(0, 40));
    expect(await settingsOf(alpha)).toEqual(untouched);
    expect(await settingsOf(bravo)).toEqual(untouched);

    // A time zone that is not one: an error on its field, nothing written.
    const bad = await submit(alpha, admin, settingsValues({ ...wanted, tz: 'Mars/Olympus_Mons' }));
    expect(((await bad.json()) as { response_action: string; errors: Record<string, string> }).errors.tz).toContain('Not a time zone');
    expect(await settingsOf(alpha)).toEqual(untouched);

    // The admin saves: alpha's row changes, bravo's (named in the metadata) does not.
    const published = m.api.callsTo('views.publish').length;
    const saved = await submit(alpha, admin, settingsValues(wanted), JSON.stringify({ team: bravo.teamId }));
    expect(saved.status).toBe(200);
    expect(await saved.text()).toBe('');
    // His Home tab is drawn again at once, with the new values.
    const redrawn = await eventually(() => m.api.callsTo('views.publish').slice(published), (c) => c.length > 0);
    expect(redrawn.map((c) => [c.params.user_id, c.token])).toEqual([[admin, alpha.token]]);
    expect(JSON.stringify(redrawn[0]!.params.view)).toContain('Europe/London');
    expect(await settingsOf(alpha)).toEqual({ tz: 'Europe/London', channel: alpha.channels[0]!.id, admins: pax2, switches: [1, 0, 1, 0, 0] });
    expect(await settingsOf(bravo)).toEqual(untouched);

    // The next Home tab reads them: the new time zone; pax2 is now a region admin, pax1 still is not.
    expect(await home(alpha, admin)).toContain('Europe/London');
    const newAdminHome = await home(alpha, pax2);
    expect(newAdminHome).toContain('Region settings (admins)');
    expect(newAdminHome).toContain(`<@${pax2}>`);
    expect(await home(alpha, pax1)).not.toContain('Region settings');
    expect(await home(bravo, bravo.users[0]!.id)).toContain('America/Chicago');

    // The next job reads them too: alpha's context has the new time zone and switches.
    const seen: Record<string, unknown> = {};
    await runDueJobs(m.registry, createLogger('silent', { pretty: false }), { force: (row, tz) => ((seen[row.team_id!] = tz), []) });
    expect(seen).toEqual({ [alpha.teamId]: 'Europe/London', [bravo.teamId]: 'America/Chicago' });
    const info = await m.registry.withRegion(await rowOf(alpha), async (ctx) => [ctx.tz, ctx.settings.regionChannel, ctx.settings.adminUserIds, ctx.region]);
    expect(info.slice(0, 3)).toEqual(['Europe/London', alpha.channels[0]!.id, [pax2]]);
    expect(info[3]).toMatchObject({ scrapeBackblasts: true, charts: { pax: false, ao: true, q: false, region: false } });

    // A workspace admin removed from nothing stays an admin: he can change them back.
    const before = m.api.callsTo('views.publish').length;
    const back = await submit(alpha, admin, settingsValues({ tz: 'America/New_York', switches: [] }));
    expect(await back.text()).toBe('');
    const again = await eventually(() => m.api.callsTo('views.publish').slice(before), (c) => c.length > 0);
    expect(JSON.stringify(again[0]!.params.view)).toContain('America/New_York');
    expect(await settingsOf(alpha)).toEqual({ tz: 'America/New_York', channel: null, admins: null, switches: [0, 0, 0, 0, 0] });
    expect(await home(alpha, pax2)).not.toContain('Region settings');
  });
});
