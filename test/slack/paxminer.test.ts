import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isOptedOut } from '../../src/db/queries/optouts.js';
import { startTestBot, type TestBot } from '../support/bot.js';
import { dialects } from '../support/db.js';
import type { ApiCall } from '../support/slack-api.js';
import { DOPPLER, GUMBY, SANDBAG, YARD, seedRegion } from '../stats/seed.js';

const NANTAN = 'U0NANTAN';
const OWNER = 'U0OWNER';

describe.each(dialects())('/paxminer on %s', (dialect) => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot(dialect, { ADMIN_USER_IDS: NANTAN });
    await seedRegion(bot.region.ctx.db);
    // Slack says who is a workspace admin or owner.
    bot.api.on('users.info', (p) => ({ ok: true, user: { id: p.user, is_admin: false, is_owner: p.user === OWNER } }));
  });
  afterAll(async () => bot.stop());

  const responses = () => bot.api.callsTo('/response');
  const shares = (channel: string) =>
    bot.api.callsTo('files.completeUploadExternal').filter((c) => c.params.channel_id === channel);

  /** Types `/paxminer <text>` as `user` and resolves with the private answer. */
  async function ask(user: string, text: string, channel = 'C0LOUNGE'): Promise<ApiCall> {
    const before = responses().length;
    const res = await bot.command({ command: '/paxminer', text, user_id: user, channel_id: channel });
    expect(res.status).toBe(200);
    await bot.api.waitFor('/response', () => responses().length > before, 15_000);
    const answer = responses()[before]!;
    expect(answer.params.response_type).toBe('ephemeral');
    return answer;
  }
  const said = (call: ApiCall) => JSON.stringify(call.params);

  it('refuses region-wide answers to a PAX who is not an admin, politely, and sends him nothing', async () => {
    const uploads = bot.api.uploads.length;
    const answer = await ask(SANDBAG, 'region 2026-11');
    expect(answer.params.text).toBe(
      "Sorry, `/paxminer region` is for the region's Nantans and admins. `/mystats` has your own figures any time, and `/paxminer help` lists what you can ask.",
    );
    expect((await ask(SANDBAG, `ao <#${YARD}|ao-the-yard>`)).params.text).toMatch(
      /^Sorry, `\/paxminer ao` is for the region's Nantans/,
    );
    expect(bot.api.uploads.length).toBe(uploads);
  });

  it("gives a Nantan in ADMIN_USER_IDS the region's month, with its charts in his DMs", async () => {
    const answer = await ask(NANTAN, 'region 2026-11');
    expect(answer.params.text).toBe('The region in November 2026: 5 beatdowns at 3 AOs, 13 posts, 6 PAX, 1 FNG.');
    expect(said(answer)).toContain('1. Doppler: 4 posts, 3 AOs');
    const shared = await bot.api.waitFor('files.completeUploadExternal', (c) => c.params.channel_id === `D${NANTAN}`, 15_000);
    expect(shared.params.files as unknown[]).toHaveLength(4);
  });

  it("gives a workspace owner an AO's month, named or where he typed it", async () => {
    const named = await ask(OWNER, `ao <#${YARD}|ao-the-yard> 2026-11`);
    expect(named.params.text).toBe('ao-the-yard in November 2026: 2 beatdowns, 7 posts, 4 PAX, 1 FNG.');
    expect(said(named)).toContain('Ripcord 1 · Tater Tot 1');
    const here = await ask(OWNER, 'ao 2026-11', YARD);
    expect(here.params.text).toBe(named.params.text);
    await bot.api.waitFor('files.completeUploadExternal', () => shares(`D${OWNER}`).length >= 2, 15_000);
    expect(shares(`D${OWNER}`).map((c) => (c.params.files as unknown[]).length)).toEqual([2, 2]);
  });

  it('explains a bad month or AO with the usage', async () => {
    expect((await ask(NANTAN, 'ao 2026-13')).params.text).toBe(
      "'2026-13' is not a month; write it like 2026-11.\nUsage: `/paxminer ao [#channel] [YYYY-MM]`",
    );
    expect((await ask(NANTAN, 'region soon')).params.text).toBe(
      "'soon' is not a month; write it like 2026-11.\nUsage: `/paxminer region [YYYY-MM]`",
    );
    expect((await ask(NANTAN, 'ao 2026-11', 'DDIRECT')).params.text).toMatch(/^Name the AO, like `\/paxminer ao #ao-the-yard`\./);
  });

  it('answers help, and an unknown subcommand, with the list', async () => {
    const help = await ask(SANDBAG, 'help');
    expect(said(help)).toContain('`/paxminer ao [#channel] [YYYY-MM]`');
    expect(said(help)).toContain('`/paxminer optout`');
    expect(said(help)).toContain('_(Nantans and admins)_');
    const nothing = await ask(SANDBAG, '');
    expect(nothing.params.text).toMatch(/^Here is what I can do:/);
    const unknown = await ask(SANDBAG, 'frobnicate now');
    expect(unknown.params.text).toMatch(/^I don't know `\/paxminer frobnicate`\. Here is what I can do:/);
    expect(said(await ask(NANTAN, 'help'))).not.toContain('_(Nantans and admins)_');
  });

  it("keeps other PAX's figures to admins", async () => {
    const answer = await ask(SANDBAG, `pax <@${DOPPLER}|doppler>`);
    expect(answer.params.text).toMatch(/^You can ask about yourself any time/);
  });

  it('opts a PAX out of the monthly DM and back in, kept in the database', async () => {
    expect((await ask(GUMBY, 'optout')).params.text).toMatch(/^Done: no more monthly chart DMs\./);
    expect(await isOptedOut(bot.region.ctx.db, GUMBY)).toBe(true);
    expect((await ask(GUMBY, 'OPTOUT')).params.text).toMatch(/^Done/);
    expect((await ask(GUMBY, 'optin')).params.text).toMatch(/^Welcome back/);
    expect(await isOptedOut(bot.region.ctx.db, GUMBY)).toBe(false);
    expect((await ask(GUMBY, 'optin')).params.text).toMatch(/^You're already getting/);
  });
});
