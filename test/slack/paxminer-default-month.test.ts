import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultMonth } from '../../src/slack/paxminer/default-month.js';
import { startTestBot, type TestBot } from '../support/bot.js';
import { dialects } from '../support/db.js';
import type { ApiCall } from '../support/slack-api.js';
import { HILL, PIT, YARD, seedRegion } from '../stats/seed.js';

const NANTAN = 'U0NANTAN';

describe.each(dialects())('/paxminer region and ao without a month, on %s', (dialect) => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot(dialect, { ADMIN_USER_IDS: NANTAN });
    await seedRegion(bot.region.ctx.db); // the last beatdown is on 2026-11-16
    bot.api.on('users.info', (p) => ({ ok: true, user: { id: p.user, is_admin: false, is_owner: false } }));
  });
  afterAll(async () => bot.stop());

  it.each([
    ['2026-11-20', undefined, '2026-11', ''],
    ['2026-12-01', undefined, '2026-11', 'Nothing recorded yet in December 2026: here is November 2026, the last month with beatdowns.'],
    ['2027-03-05', undefined, '2026-11', 'Nothing recorded yet in March 2027: here is November 2026, the last month with beatdowns.'],
    // ao-hill met in July and August, then again on November 16th.
    ['2026-11-15', HILL, '2026-08', 'Nothing recorded yet in November 2026: here is August 2026, the last month with beatdowns.'],
    ['2026-12-01', YARD, '2026-11', 'Nothing recorded yet in December 2026: here is November 2026, the last month with beatdowns.'],
    ['2020-01-10', undefined, '2020-01', ''],
  ])('on %s at %s: %s', async (today, ao, month, note) => {
    expect(await defaultMonth(bot.region.ctx.db, today, ao)).toEqual({ month, note });
  });

  const responses = () => bot.api.callsTo('/response');
  async function ask(text: string, channel = 'C0LOUNGE'): Promise<ApiCall> {
    const before = responses().length;
    const res = await bot.command({ command: '/paxminer', text, user_id: NANTAN, channel_id: channel });
    expect(res.status).toBe(200);
    await bot.api.waitFor('/response', () => responses().length > before, 15_000);
    return responses()[before]!;
  }

  // The seed ends in November 2026, before this test runs: the default month is empty, so the answer
  // falls back to November, says so, and sends November's charts.
  it('region: answers for the last month with beatdowns, says which, and sends its charts', async () => {
    const answer = await ask('region');
    expect(answer.params.text).toMatch(/^Nothing recorded yet in \w+ \d{4}: here is November 2026, the last month with beatdowns\. The region in November 2026: 5 beatdowns/);
    expect(JSON.stringify(answer.params.blocks)).toContain('here is November 2026');
    const shared = await bot.api.waitFor('files.completeUploadExternal', (c) => c.params.channel_id === `D${NANTAN}`, 15_000);
    expect((shared.params.files as unknown[]).length).toBeGreaterThan(0);
    for (const u of bot.api.uploads) expect(u.filename).toMatch(/2026-11\.png$/);
  });

  it('ao: the same, for the AO it is typed in', async () => {
    const uploads = bot.api.uploads.length;
    const answer = await ask('ao', PIT);
    expect(answer.params.text).toMatch(/here is November 2026, the last month with beatdowns\. ao-iron-pit in November 2026: 2 beatdowns/);
    await bot.api.waitFor('files.completeUploadExternal', () => bot.api.uploads.length >= uploads + 2, 15_000);
    for (const u of bot.api.uploads.slice(uploads)) expect(u.filename).toMatch(/^ao-iron-pit-.*-2026-11\.png$/);
  });

  it('a month asked for with no beatdowns gets figures and no chart', async () => {
    const uploads = bot.api.uploads.length;
    const answer = await ask('region 2026-02');
    expect(answer.params.text).toMatch(/^The region in February 2026: 0 beatdowns/);
    await new Promise((r) => setTimeout(r, 500));
    expect(bot.api.uploads.length).toBe(uploads);
  });
});
