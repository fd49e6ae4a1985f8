import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAo } from '../../../src/db/queries/aos.js';
import { JOIN_AO_CHANNEL } from '../../../src/slack/home/blocks.js';
import { EDIT_REGION_SETTINGS, REGION_SETTINGS_FORM, SET_BY_ENVIRONMENT } from '../../../src/slack/home/region-settings.js';
import { looksLikeAoName } from '../../../src/slack/home/ao-channels.js';
import { startTestBot, type TestBot } from '../../support/bot.js';
import { dialects } from '../../support/db.js';
import type { ApiCall } from '../../support/slack-api.js';
import { DOPPLER, HILL, PIT, YARD, seedRegion } from '../../stats/seed.js';

const NANTAN = 'U0NANTAN';
const NEW_AO = 'C0NEWAO';

type Block = { type: string; text?: { text: string }; accessory?: { action_id: string; value: string }; elements?: Array<{ text: string }> };

describe('looksLikeAoName', () => {
  it.each([
    ['ao-the-yard', true],
    ['AO_forge', true],
    ['the-yard-ao', true],
    ['ao anvil', true],
    ['aotearoa', false],
    ['random', false],
    ['1st-f', false],
    ['chaos', false],
  ])('%s → %s', (name, expected) => expect(looksLikeAoName(name)).toBe(expected));
});

describe.each(dialects())('the App Home for admins, AO channels, on %s', (dialect) => {
  let bot: TestBot;
  const members = new Set<string>([YARD]);
  beforeAll(async () => {
    bot = await startTestBot(dialect, { ADMIN_USER_IDS: NANTAN });
    await seedRegion(bot.region.ctx.db); // beatdowns at ao-the-yard, ao-iron-pit, ao-the-hill
    // Slack lists public channels and the private ones the bot is in: ao-the-hill is private and the
    // bot is not in it, so it is not listed. Two pages.
    const channel = (id: string, name: string, extra: Record<string, unknown> = {}) => ({ id, name, is_private: false, is_member: members.has(id), created: 1, ...extra });
    bot.api.on('conversations.list', (p) =>
      p.cursor === 'page2'
        ? { ok: true, channels: [channel(NEW_AO, 'ao-new-site'), channel('C0OLDAO', 'ao-closed', { is_archived: true })], response_metadata: { next_cursor: '' } }
        : { ok: true, channels: [channel(YARD, 'ao-the-yard'), channel(PIT, 'ao-iron-pit'), channel('C0RANDOM', 'random')], response_metadata: { next_cursor: 'page2' } },
    );
    bot.api.on('conversations.join', (p) => {
      members.add(String(p.channel));
      return { ok: true, channel: { id: p.channel, name: p.channel === PIT ? 'ao-iron-pit' : 'ao-new-site', created: 1_700_000_000, is_member: true } };
    });
  });
  afterAll(async () => bot.stop());

  async function openHome(user: string): Promise<{ call: ApiCall; blocks: Block[] }> {
    const before = bot.api.callsTo('views.publish').length;
    const res = await bot.event({ type: 'app_home_opened', user, channel: `D${user}`, tab: 'home', event_ts: `${Date.now() / 1000}` });
    expect(res.status).toBe(200);
    await bot.api.waitFor('views.publish', () => bot.api.callsTo('views.publish').length > before, 15_000);
    const call = bot.api.callsTo('views.publish')[before]!;
    return { call, blocks: (call.params.view as { blocks: Block[] }).blocks };
  }
  /** A click on the Home tab's Join button beside `channel`, as `user`. */
  const clickJoin = (user: string, channel: string) =>
    bot.interaction({
      type: 'block_actions',
      team: { id: 'T0TEST', domain: 'f3test' },
      user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: 'T0TEST' },
      api_app_id: 'A0TEST',
      token: 'legacy-verification-token',
      trigger_id: `trig.${Math.random().toString(36).slice(2)}`,
      container: { type: 'view', view_id: 'V1' },
      view: { id: 'V1', type: 'home', blocks: [] },
      actions: [{ type: 'button', action_id: JOIN_AO_CHANNEL, block_id: 'b', value: channel, text: { type: 'plain_text', text: 'Join' }, action_ts: `${Date.now() / 1000}` }],
    });
  const joinButtons = (blocks: Block[]) => blocks.filter((b) => b.accessory?.action_id === JOIN_AO_CHANNEL).map((b) => b.accessory!.value);
  const text = (blocks: Block[]) => JSON.stringify(blocks);

  it('shows an admin the AO channels the bot is not in: Join for public ones, the /invite for private ones', async () => {
    const { call, blocks } = await openHome(NANTAN);
    expect(call.params.user_id).toBe(NANTAN);
    expect(blocks.length).toBeLessThanOrEqual(100);
    expect(joinButtons(blocks).sort()).toEqual([PIT, NEW_AO].sort());
    const hill = blocks.find((b) => b.text?.text.includes(`<#${HILL}>`))!;
    expect(hill.text!.text).toContain('Private: type `/invite <@UBOT>` in it.');
    expect(hill.text!.text).toContain('8 beatdowns recorded'); // seven in July and August, one in November
    expect(hill.accessory).toBeUndefined();
    expect(text(blocks)).toContain('4 channels look like AOs');
    expect(text(blocks)).toContain('I am not in 3 of them');
    expect(text(blocks)).toContain(`Reading: <#${YARD}>`);
    expect(text(blocks)).not.toContain('C0RANDOM');
    // One-region mode: the environment sets the region's settings, so the Home tab offers none.
    expect(text(blocks)).not.toContain('Region settings');
    expect(text(blocks)).not.toContain('C0OLDAO');
    // Slack was asked for every page.
    expect(bot.api.callsTo('conversations.list').some((c) => c.params.cursor === 'page2')).toBe(true);
  });

  it('shows a PAX only his figures', async () => {
    const { blocks } = await openHome(DOPPLER);
    expect(text(blocks)).toContain("Doppler's F3 figures");
    expect(text(blocks)).not.toContain('AO channels');
    expect(joinButtons(blocks)).toEqual([]);
  });

  it('Join: conversations.join, the channel recorded, the Home tab refreshed without it', async () => {
    const before = bot.api.callsTo('views.publish').length;
    const res = await clickJoin(NANTAN, NEW_AO);
    expect(res.status).toBe(200);
    const join = await bot.api.waitFor('conversations.join', (c) => c.params.channel === NEW_AO, 15_000);
    expect(join.token).toBe('xoxb-test-token');
    await bot.api.waitFor('views.publish', () => bot.api.callsTo('views.publish').length > before, 15_000);
    const refreshed = (bot.api.callsTo('views.publish')[before]!.params.view as { blocks: Block[] }).blocks;
    expect(joinButtons(refreshed)).toEqual([PIT]);
    expect(text(refreshed)).toContain(`Joined <#${NEW_AO}>`);
    expect(await findAo(bot.region.ctx.db, NEW_AO)).toMatchObject({ channel_id: NEW_AO, ao: 'ao-new-site' });
  });

  it('Join refused by Slack (the scope not granted yet) says what to do', async () => {
    bot.api.on('conversations.join', () => ({ ok: false, error: 'missing_scope' }));
    const before = bot.api.callsTo('views.publish').length;
    await clickJoin(NANTAN, PIT);
    await bot.api.waitFor('views.publish', () => bot.api.callsTo('views.publish').length > before, 15_000);
    const blocks = (bot.api.callsTo('views.publish')[before]!.params.view as { blocks: Block[] }).blocks;
    expect(text(blocks)).toContain('add the `channels:join` scope');
    expect(joinButtons(blocks)).toEqual([PIT]);
  });

  it('does not join for someone who is not an admin', async () => {
    const joins = bot.api.callsTo('conversations.join').length;
    const before = bot.api.callsTo('views.publish').length;
    await clickJoin(DOPPLER, PIT);
    await bot.api.waitFor('views.publish', () => bot.api.callsTo('views.publish').length > before, 15_000);
    expect(bot.api.callsTo('conversations.join').length).toBe(joins);
  });

  it('one-region mode: an admin cannot open or submit region settings (the environment sets them)', async () => {
    const sent = { team: { id: 'T0TEST', domain: 'f3test' }, user: { id: NANTAN, team_id: 'T0TEST' }, api_app_id: 'A0TEST', trigger_id: 'trig.settings' };
    const opened = bot.api.callsTo('views.open').length;
    const click = await bot.interaction({
      type: 'block_actions',
      ...sent,
      container: { type: 'view', view_id: 'V1' },
      actions: [{ type: 'button', action_id: EDIT_REGION_SETTINGS, block_id: 'b', value: 'edit', action_ts: '1' }],
    });
    expect(click.status).toBe(200);
    const res = await bot.interaction({
      type: 'view_submission',
      ...sent,
      view: { id: 'V2', team_id: 'T0TEST', type: 'modal', callback_id: REGION_SETTINGS_FORM, private_metadata: '', state: { values: { tz: { value: { type: 'plain_text_input', value: 'Europe/London' } } } }, hash: 'h' },
    });
    expect(JSON.stringify(await res.json())).toContain(SET_BY_ENVIRONMENT.slice(0, 40));
    await new Promise((r) => setTimeout(r, 200));
    expect(bot.api.callsTo('views.open').length).toBe(opened);
  });
});
