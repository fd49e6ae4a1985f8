import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUser } from '../../src/db/queries/users.js';
import { linkMembers, linkNewMember } from '../../src/slack/fng-follow-up.js';
import { nameMatch, normalizeName } from '../../src/fng/names.js';
import { createWebClient } from '../../src/slack/client.js';
import { AOS, saveAll, seedUsersAndAos } from '../achievements/region.js';
import { startTestBot, type TestBot } from '../support/bot.js';
import { dialects } from '../support/db.js';

const PITQ = 'U0PITQ';
const HILLQ = 'U0HILLQ';
const REGULAR = 'U0REGULAR';
const JOHNNY = 'U0JOHNNY';

describe('FNG names', () => {
  it.each([
    ['Johnny Utah', 'johnny utah', 0],
    ['Johny Utah', 'johnny utah', 1],
    ['JohnnyUtah', 'johnny utah', 1],
    ['Bodhi', 'johnny utah', null],
    ['Bob', 'rob', null],
    ['Tater-Tot ', 'tater tot', 0],
  ] as const)('%s against %s', (member, fng, expected) => {
    expect(nameMatch(normalizeName(member), fng)).toBe(expected);
  });
});

describe.each(dialects())('FNG follow-up on %s', (dialect) => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot(dialect);
    const { db } = bot.region.ctx;
    await seedUsersAndAos(db, { [PITQ]: 'pitq', [HILLQ]: 'hillq', [REGULAR]: 'bodhi' });
    await saveAll(db, [
      { ao: AOS.pit, date: '2026-11-03', q: PITQ, pax: [REGULAR], fngs: ['Johnny Utah'] },
      { ao: AOS.hill, date: '2026-11-05', q: HILLQ, pax: [], fngs: ['Johnny Utah', 'Bodhi'] },
      { ao: AOS.pit, date: '2026-11-10', q: PITQ, pax: [REGULAR] },
    ]);
  });
  afterAll(async () => bot.stop());

  it('links a member who joins later under a close name to his first beatdowns and tells his first Q once', async () => {
    const res = await bot.event({
      type: 'team_join',
      user: {
        id: JOHNNY,
        name: 'johny',
        real_name: 'Johny Utah',
        profile: { display_name: 'Johny Utah', real_name: 'Johny Utah' },
      },
    });
    expect(res.status).toBe(200);
    await bot.api.waitFor('chat.postMessage', (c) => c.params.channel === `D${PITQ}`, 15_000);
    const { db } = bot.region.ctx;
    const rows = await db
      .selectFrom('bd_attendance')
      .select(['ao_id', 'date', 'q_user_id'])
      .where('user_id', '=', JOHNNY)
      .orderBy('date')
      .execute();
    expect(rows).toEqual([
      { ao_id: AOS.pit, date: '2026-11-03', q_user_id: PITQ },
      { ao_id: AOS.hill, date: '2026-11-05', q_user_id: HILLQ },
    ]);
    expect((await findUser(db, JOHNNY))?.start_date).toBe('2026-11-03');
    const dm = bot.api.callsTo('chat.postMessage').filter((c) => c.params.channel === `D${PITQ}`);
    expect(dm).toHaveLength(1);
    expect(String(dm[0]!.params.text)).toContain(
      `Johnny Utah, the FNG at your beatdown on 2026-11-03, just joined Slack as <@${JOHNNY}>`,
    );

    // Seen again (the nightly sync, or Slack retrying): nothing new.
    const client = createWebClient(bot.region.ctx.settings);
    const again = await linkNewMember(bot.region.ctx, client, { id: JOHNNY, real_name: 'Johny Utah' });
    expect(again.linked).toEqual([]);
    expect(bot.api.callsTo('chat.postMessage').filter((c) => c.params.channel === `D${PITQ}`)).toHaveLength(1);
  });

  it('leaves alone a member who was posting under his own id before the FNG was named', async () => {
    const client = createWebClient(bot.region.ctx.settings);
    const linked = await linkMembers(bot.region.ctx, client, [{ id: REGULAR, name: 'bodhi', real_name: 'Bodhi' }]);
    expect(linked).toEqual([]);
    const rows = await bot.region.ctx.db
      .selectFrom('fng_names')
      .select(['name', 'user_id'])
      .where('name', '=', 'Bodhi')
      .execute();
    expect(rows).toEqual([{ name: 'Bodhi', user_id: null }]);
  });
});
