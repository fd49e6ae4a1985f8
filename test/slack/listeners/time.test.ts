import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../../support/bot.js';

// Listeners read the time from the clock the app was given, once per request, in the region's zone.
describe('the time of a request', () => {
  let bot: TestBot;
  beforeAll(async () => {
    // 03:00 UTC on March 1st is still February 28th in Chicago.
    bot = await startTestBot('sqlite', { REGION_TZ: 'America/Chicago' }, () => new Date('2026-03-01T03:00:00Z'));
  });
  afterAll(async () => bot.stop());

  it("fills /backblast's date with the clock's day in the region", async () => {
    const before = bot.api.callsTo('views.open').length;
    const res = await bot.command({ command: '/backblast', text: '', user_id: 'U0DOPPLER', channel_id: 'C0YARD' });
    expect(res.status).toBe(200);
    const opened = await bot.api.waitFor('views.open', () => bot.api.callsTo('views.open').length > before);
    const view = JSON.stringify(opened.params.view);
    expect(view).toContain('"initial_date":"2026-02-28"');
    expect(view).not.toContain('"initial_date":"2026-03-01"');
  });
});
