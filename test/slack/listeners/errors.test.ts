import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../../support/bot.js';

// Bolt's one error handler: a command that fails after its ack is apologised for through its
// response_url, and logged. One dialect is enough: the failure is forced by a missing table.
describe('a slash command that fails', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot('sqlite');
    await bot.region.ctx.db.schema.dropTable('monthly_optouts').execute();
  });
  afterAll(async () => bot.stop());

  const responses = () => bot.api.callsTo('/response');

  it('gets an apology, privately, instead of silence', async () => {
    const before = responses().length;
    const res = await bot.command({ command: '/paxminer', text: 'optout', user_id: 'U0DOPPLER', channel_id: 'C0LOUNGE' });
    expect(res.status).toBe(200);
    await bot.api.waitFor('/response', () => responses().length > before, 15_000);
    expect(responses()[before]!.params).toMatchObject({
      response_type: 'ephemeral',
      text: 'Sorry, I could not answer that just now. Please try again in a minute.',
    });
  });

  it('gets the apology of its own command', async () => {
    await bot.region.ctx.db.schema.dropTable('bd_attendance').execute();
    const before = responses().length;
    await bot.command({ command: '/mystats', text: '', user_id: 'U0DOPPLER' });
    await bot.api.waitFor('/response', () => responses().length > before, 15_000);
    expect(responses()[before]!.params.text).toBe(
      'Sorry, I could not finish your figures just now. Please try again in a minute.',
    );
  });
});
