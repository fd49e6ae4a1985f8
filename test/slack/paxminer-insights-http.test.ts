import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '../../src/stats/period.js';
import { startTestBot, type TestBot } from '../support/bot.js';
import { dialects } from '../support/db.js';
import type { ApiCall } from '../support/slack-api.js';
import { recentSeed } from '../stats/insights/fixtures.js';
import { seed } from '../stats/insights/seed.js';

// The insight subcommands end to end: a signed /paxminer request to the real bot, the private answer
// through response_url, charts uploaded to the asker's DMs, all against the Web API double.

const NANTAN = 'U0NANTAN';

describe.each(dialects())('/paxminer insights over HTTP on %s', (dialect) => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot(dialect, { ADMIN_USER_IDS: NANTAN });
    await seed(bot.region.ctx.db, recentSeed(todayIn('America/Chicago', new Date())));
    bot.api.on('users.info', (p) => ({ ok: true, user: { id: p.user, is_admin: false, is_owner: false } }));
  });
  afterAll(async () => bot.stop());

  const responses = () => bot.api.callsTo('/response');

  async function ask(user: string, text: string): Promise<ApiCall> {
    const before = responses().length;
    const res = await bot.command({ command: '/paxminer', text, user_id: user, channel_id: 'C0LOUNGE' });
    expect(res.status).toBe(200);
    await bot.api.waitFor('/response', () => responses().length > before, 15_000);
    const answer = responses()[before]!;
    expect(answer.params.response_type).toBe('ephemeral');
    return answer;
  }

  it('a PAX asks about himself; about another man, or region-wide, he is told politely', async () => {
    const mine = await ask('U0DOP', 'pax year');
    expect(mine.params.text).toMatch(/^Doppler: \d+ this week, \d+ this month, \d+ this year, 60 in all$/);
    expect((mine.params.blocks as Array<{ type: string }>)[0]!.type).toBe('header');
    expect((await ask('U0DOP', 'pax <@U0SLICE|slice>')).params.text).toMatch(/about yourself any time/);
    expect((await ask('U0DOP', 'kotter')).params.text).toMatch(
      /^Sorry, `\/paxminer kotter` is for the region's Nantans and admins/,
    );
  });

  it('a Nantan gets the busiest days, with the bar chart in his DMs', async () => {
    const uploads = bot.api.uploads.length;
    const answer = await ask(NANTAN, 'days <#C0YARD|ao-the-yard>');
    expect(answer.params.text).toMatch(/^Busiest day at ao-the-yard: \w+day$/);
    const shared = await bot.api.waitFor('files.completeUploadExternal', (c) => c.params.channel_id === `D${NANTAN}`, 15_000);
    expect(shared.params.files as unknown[]).toHaveLength(1);
    expect(bot.api.uploads.length).toBe(uploads + 1);
    // The upload is a multipart form holding the PNG.
    expect(bot.api.uploads[uploads]!.bytes.includes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  });

  it('a Nantan gets the kotters with who to reach out to', async () => {
    const answer = await ask(NANTAN, 'kotter 3');
    expect(answer.params.text).toBe('1 kotter: not seen for 3 weeks or more');
    expect(JSON.stringify(answer.params.blocks)).toContain('used to post with <@U0DOP> (26), <@U0SLICE> (26)');
  });
});
