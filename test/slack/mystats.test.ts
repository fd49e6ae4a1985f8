import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../support/bot.js';
import { dialects } from '../support/db.js';
import type { ApiCall } from '../support/slack-api.js';
import { DOPPLER, seedRegion } from '../stats/seed.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Everything a Slack message says, blocks included. */
function said(call: ApiCall): string {
  return JSON.stringify(call.params);
}

describe.each(dialects())('/mystats on %s', (dialect) => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot(dialect);
    await seedRegion(bot.region.ctx.db);
  });
  afterAll(async () => bot.stop());

  const responses = () => bot.api.callsTo('/response');
  /** The first answer sent to a response_url after `before` answers. */
  async function nextResponse(before: number): Promise<ApiCall> {
    await bot.api.waitFor('/response', () => responses().length > before);
    return responses()[before]!;
  }

  it('is acknowledged at once, answers privately with his figures and sends his chart to his DMs', async () => {
    const before = responses().length;
    const started = Date.now();
    const res = await bot.command({ command: '/mystats', text: '2026', user_id: DOPPLER });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    expect(Date.now() - started).toBeLessThan(2500);

    const answer = await nextResponse(before);
    expect(answer.params.response_type).toBe('ephemeral');
    expect(answer.params.text).toMatch(/^Your F3 figures: \d+ posts? in \w+ 2026, 7 in 2026, 9 all time\.$/);
    const text = said(answer);
    expect(text).toContain("Doppler's F3 figures");
    expect(text).toContain('3 times in 2026 (4 all time)');
    expect(text).toContain('Co-Q 1 time (1 all time)');
    expect(text).toContain('ao-the-yard (5 posts)');
    expect(text).toContain('Jun 10, 2025');
    expect(text).toContain('ao-the-yard: 4 · ao-iron-pit: 2 · ao-the-hill: 1');

    const shared = await bot.api.waitFor('files.completeUploadExternal', (c) => c.params.channel_id === `D${DOPPLER}`, 15_000);
    expect(String(shared.params.initial_comment)).toMatch(/^Doppler, your posts in \w+ 2026: /);
    expect(bot.api.callsTo('conversations.open').at(-1)!.params.users).toBe(DOPPLER);
    const upload = bot.api.uploads.at(-1)!;
    expect(upload.filename).toMatch(/^pax-doppler-U0DOPPLER-2026-\d\d\.png$/);
    expect(upload.bytes.includes(PNG_SIGNATURE)).toBe(true);
  });

  it('tells a man with no posts so, and sends no chart', async () => {
    const uploads = bot.api.uploads.length;
    const before = responses().length;
    await bot.command({ command: '/mystats', text: '', user_id: 'U0NEWGUY' });
    const answer = await nextResponse(before);
    expect(answer.params.text).toMatch(/no posts of yours on record yet/);
    await new Promise((r) => setTimeout(r, 300));
    expect(bot.api.uploads.length).toBe(uploads);
  });

  it('explains itself when given something that is not a year', async () => {
    const before = responses().length;
    await bot.command({ command: '/mystats', text: 'last month', user_id: DOPPLER });
    const answer = await nextResponse(before);
    expect(answer.params.text).toBe('Usage: `/mystats` for this year, or `/mystats 2025` for another.');
  });

  it('shows his figures on the App Home tab', async () => {
    const res = await bot.event({ type: 'app_home_opened', user: DOPPLER, channel: `D${DOPPLER}`, tab: 'home', event_ts: '1.1' });
    expect(res.status).toBe(200);
    const published = await bot.api.waitFor('views.publish', (c) => c.params.user_id === DOPPLER);
    const view = published.params.view as { type: string };
    expect(view.type).toBe('home');
    expect(said(published)).toContain("Doppler's F3 figures");
    expect(said(published)).toContain('9 all time');
  });
});
