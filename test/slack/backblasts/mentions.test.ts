import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attendanceOf, findBeatdownByTs } from '../../../src/db/queries/backblasts.js';
import { findUser } from '../../../src/db/queries/users.js';
import { dialects } from '../../support/db.js';
import { CHANNELS, USERS, eventually, snapshot, startRegion, type Region } from '../region.js';

const { doppler, moneyball } = USERS;

function backblast(date: string, lines: { ao?: string; q?: string; pax: string }): string {
  return [`Backblast! Ghosts`, `Date: ${date}`, `AO: <#${lines.ao ?? CHANNELS.yard.id}>`, `Q: <@${lines.q ?? doppler.id}>`, `PAX: ${lines.pax}`].join('\n');
}

describe.each(dialects())('mentions that are no one in the workspace, on %s', (dialect) => {
  let region: Region;
  beforeEach(async () => {
    region = await startRegion(dialect);
  });
  afterEach(async () => region.bot.stop());
  const db = () => region.bot.region.ctx.db;
  const noteText = async () => JSON.stringify((await region.noteTo(doppler.id)).params);

  it('records the people of the workspace only, and names the made-up mentions to the Q', async () => {
    const made = Array.from({ length: 120 }, (_, i) => `U9NOTREAL${String(i).padStart(3, '0')}`);
    const ts = region.nextTs();
    const pax = [`<@${moneyball.id}>`, ...made.map((id) => `<@${id}>`)].join(' ');
    await region.post(CHANNELS.yard.id, doppler.id, backblast(region.dateOf(ts), { pax }), { ts });
    await eventually(() => findBeatdownByTs(db(), ts), (r) => r !== undefined);
    expect(await attendanceOf(db(), ts)).toEqual([doppler.id, moneyball.id].sort());
    expect(await findUser(db(), made[0]!)).toBeUndefined();
    const note = await noteText();
    expect(note).toContain('Not people of this workspace');
    expect(note).toContain(`<@${made[0]}>`);
    expect(note).toContain('and 110 more');
  });

  it.each([
    ['Q', { q: 'U9NOTREAL1', pax: `<@${moneyball.id}>` }, /The Q <@U9NOTREAL1> is not a person of this workspace/],
    ['AO', { ao: 'C9NOTREAL1', pax: `<@${moneyball.id}>` }, /The AO <#C9NOTREAL1> is not a channel of this workspace/],
  ])('refuses a made-up %s and says which', async (_name, lines, problem) => {
    const ts = region.nextTs();
    await region.post(CHANNELS.yard.id, doppler.id, backblast(region.dateOf(ts), lines), { ts });
    expect(await noteText()).toMatch(problem);
    expect((await snapshot(region)).beatdowns).toEqual([]);
  });
});
