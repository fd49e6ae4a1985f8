import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allAwards } from '../../src/db/queries/achievements.js';
import { siteQs } from '../../src/db/queries/weekly.js';
import { runAchievementsJob } from '../../src/jobs/achievements.js';
import { createWebClient } from '../../src/slack/client.js';
import { weeklySchedule } from '../../src/weekly/settings.js';
import { startTestBot, type TestBot } from '../support/bot.js';
import { dialects } from '../support/db.js';
import type { ApiCall } from '../support/slack-api.js';
import { DOPPLER, SANDBAG, YARD, seedRegion } from '../stats/seed.js';

const NANTAN = 'U0NANTAN';

describe.each(dialects())('/paxminer achievements, award, siteq and weekly on %s', (dialect) => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot(dialect, { ADMIN_USER_IDS: NANTAN });
    await seedRegion(bot.region.ctx.db);
    bot.api.on('users.info', (p) => ({ ok: true, user: { id: p.user, is_admin: false, is_owner: false } }));
  });
  afterAll(async () => bot.stop());

  const responses = () => bot.api.callsTo('/response');
  async function ask(user: string, text: string): Promise<string> {
    const before = responses().length;
    const res = await bot.command({ command: '/paxminer', text, user_id: user, channel_id: 'C0LOUNGE' });
    expect(res.status).toBe(200);
    await bot.api.waitFor('/response', () => responses().length > before, 15_000);
    const answer: ApiCall = responses()[before]!;
    return JSON.stringify(answer.params);
  }

  it('lets an admin shape the catalogue and award by hand, and keeps PAX to their own', async () => {
    expect(await ask(SANDBAG, 'achievements off 6 pack')).toContain(
      "Changing the achievements is for the region's Nantans and admins.",
    );
    expect(await ask(SANDBAG, `award <@${DOPPLER}|doppler> The Monk`)).toContain('is for the region');
    expect(await ask(NANTAN, 'achievements off 6 pack')).toContain('*6 Pack* is off');
    expect(await ask(NANTAN, 'achievements add "November Rain" posts 4 month')).toContain(
      'Added *November Rain* (`november_rain`): Post at 4 beatdowns in a month.',
    );
    expect(await ask(NANTAN, 'achievements add Nope posts 4 fortnight')).toContain(
      'The period is one of week, month, year, ever',
    );
    expect(await ask(NANTAN, `achievements announce <#C0KUDOS|kudos>`)).toContain('announced in <#C0KUDOS>');
    expect(await ask(NANTAN, `award <@${SANDBAG}|sandbag> Iron Sharpens`)).toContain(
      "There is no achievement called 'Iron Sharpens'",
    );
    expect(await ask(NANTAN, `award <@${SANDBAG}|sandbag> the monk`)).toContain(`Awarded *The Monk* to <@${SANDBAG}>`);

    const ctx = bot.region.ctx;
    await runAchievementsJob(ctx, createWebClient(ctx.settings), { now: () => Date.parse('2026-11-20T15:00:00Z') });
    const awards = (await allAwards(ctx.db)).map((a) => [a.userId, a.name, a.period, a.source]);
    // The region's own achievement: Doppler posted 4 times in November 2026 (seed), Sandbag 3.
    expect(awards).toContainEqual([DOPPLER, 'November Rain', '2026-11', 'auto']);
    expect(awards.filter((a) => a[0] === SANDBAG && a[1] === 'November Rain')).toEqual([]);
    expect(awards.filter((a) => a[1] === '6 Pack')).toEqual([]);
    expect(awards.find((a) => a[1] === 'The Monk')![3]).toBe('admin');
    const kudos = bot.api.callsTo('chat.postMessage').filter((c) => c.params.channel === 'C0KUDOS');
    expect(kudos.map((c) => String(c.params.text))).toContain(
      `:trophy: <@${SANDBAG}> earned *The Monk* for posting at 4 QSources in a month (${awards.find((a) => a[1] === 'The Monk')![2]}). Congratulations!`,
    );

    const mine = await ask(SANDBAG, 'achievements');
    expect(mine).toContain('*Achievements (');
    expect(mine).toContain('November Rain');
    expect(mine).not.toContain('6 Pack');
  });

  it('sets site Qs and the weekly schedule for admins', async () => {
    expect(await ask(SANDBAG, `siteq <#${YARD}|ao-the-yard> <@${SANDBAG}|sandbag>`)).toContain('is for the region');
    expect(await ask(NANTAN, `siteq <#${YARD}|ao-the-yard> <@${DOPPLER}|doppler>`)).toContain(
      `Site Q of <#${YARD}>: <@${DOPPLER}>`,
    );
    expect([...(await siteQs(bot.region.ctx.db))]).toEqual([[YARD, [DOPPLER]]]);
    expect(await ask(NANTAN, 'siteq')).toContain(`#ao-the-yard: <@${DOPPLER}>`);
    expect(await ask(NANTAN, `siteq <#${YARD}|ao-the-yard> none`)).toContain('its weekly report goes to the admins');
    expect(await ask(NANTAN, 'weekly tue 7 weeks 6')).toContain('goes out on Tuesdays at 07:00 and lists men away 6+ weeks');
    expect(await weeklySchedule(bot.region.ctx.db)).toEqual({ day: 2, hour: 7, weeks: 6 });
    expect(await ask(NANTAN, 'weekly someday')).toContain("I don't understand 'someday'");
  });

  it('shows his achievements in /mystats', async () => {
    const before = responses().length;
    await bot.command({ command: '/mystats', text: '2026', user_id: SANDBAG });
    await bot.api.waitFor('/response', () => responses().length > before, 15_000);
    expect(JSON.stringify(responses()[before]!.params.blocks)).toContain(':trophy: *The Monk*');
  });

  it('shows his achievements in the Home tab', async () => {
    await bot.event({ type: 'app_home_opened', user: SANDBAG, tab: 'home', channel: 'DHOME' });
    const published = await bot.api.waitFor('views.publish', (c) => c.params.user_id === SANDBAG, 15_000);
    expect(JSON.stringify(published.params.view)).toContain(':trophy: *The Monk*');
  });
});
