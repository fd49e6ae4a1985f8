import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findBeatdownByTs } from '../../../src/db/queries/backblasts.js';
import { dateInZone } from '../../../src/time.js';
import { dialects } from '../../support/db.js';
import type { ApiCall } from '../../support/slack-api.js';
import { submit, type View } from '../interactions.js';
import { CHANNELS, TZ, USERS, eventually, snapshot, startRegion, type Region } from '../region.js';

const { doppler, moneyball, chappie, stranger } = USERS;

// Forged view submissions: what comes back from the client (private_metadata, values) is not trusted.
describe.each(dialects())('forged /backblast form submissions on %s', (dialect) => {
  let region: Region;
  beforeEach(async () => {
    region = await startRegion(dialect);
    region.bot.api.on('conversations.members', (p) => ({
      ok: true,
      members: p.channel === CHANNELS.private.id ? [doppler.id] : Object.values(USERS).map((u) => u.id),
      response_metadata: { next_cursor: '' },
    }));
  });
  afterEach(async () => region.bot.stop());
  const db = () => region.bot.region.ctx.db;
  const today = () => dateInZone(Date.now(), TZ);

  async function openForm(userId: string): Promise<View> {
    const before = region.bot.api.callsTo('views.open').length;
    await region.bot.command({ command: '/backblast', text: '', user_id: userId, channel_id: CHANNELS.yard.id });
    await region.bot.api.waitFor('views.open', () => region.bot.api.callsTo('views.open').length > before);
    return region.bot.api.callsTo('views.open').at(-1)!.params.view as View;
  }

  const entries = { title: 'Bunnies', pax: [moneyball.id, chappie.id], moleskin: 'SSH x 20' };

  /** Doppler's post through the form, recorded. */
  async function dopplersPost(): Promise<string> {
    const view = await openForm(doppler.id);
    await submit(region, view, doppler.id, entries);
    const post = await region.bot.api.waitFor('chat.postMessage');
    const ts = region.history.get(String(post.params.channel))!.at(-1)!.ts;
    await eventually(() => findBeatdownByTs(db(), ts), (r) => r !== undefined);
    await region.noteTo(doppler.id);
    await region.settle();
    return ts;
  }

  it('a PAX who may not edit a post cannot rewrite it by forging the edit target', async () => {
    const ts = await dopplersPost();
    const before = await snapshot(region);
    const view = await openForm(stranger.id);
    const forged = { ...view, private_metadata: JSON.stringify({ mode: 'edit', channel: CHANNELS.yard.id, ts, own: true, postedBy: stranger.id }) };
    const res = await submit(region, forged, stranger.id, { ...entries, title: 'Rewritten', q: stranger.id });
    expect(res.status).toBe(200);
    await region.settle(800);
    expect(region.bot.api.callsTo('chat.update')).toEqual([]);
    expect(await snapshot(region)).toEqual(before);
    const told = region.bot.api.calls.filter((c) => JSON.stringify(c.params).includes('Only the Q, a Co-Q'));
    expect(told.length).toBeGreaterThan(0);
  });

  it('a PAX cannot rewrite the record of a typed backblast by forging the edit target', async () => {
    const { ts } = await region.post(
      CHANNELS.yard.id,
      doppler.id,
      `Backblast! Typed\nDate: ${today()}\nAO: <#${CHANNELS.yard.id}>\nQ: <@${doppler.id}>\nPAX: <@${moneyball.id}>\nCount: 2`,
    );
    await eventually(() => findBeatdownByTs(db(), ts), (r) => r !== undefined);
    await region.settle();
    const before = await snapshot(region);
    const view = await openForm(stranger.id);
    const forged = { ...view, private_metadata: JSON.stringify({ mode: 'edit', channel: CHANNELS.yard.id, ts, own: false, postedBy: stranger.id }) };
    await submit(region, forged, stranger.id, { ...entries, q: stranger.id });
    await region.settle(800);
    expect(await snapshot(region)).toEqual(before);
  });

  it.each([
    ['a user id', () => moneyball.id],
    ['an injection string', () => "C0YARD' OR 1=1--"],
    ['a channel that does not exist', () => 'C9NOTREAL1'],
    ['a private channel the submitter is not in', () => CHANNELS.private.id],
  ])('refuses %s as the AO: nothing posted or stored', async (_name, ao) => {
    const view = await openForm(stranger.id);
    const res = await submit(region, view, stranger.id, { ...entries, ao: ao() });
    expect(res.status).toBe(200);
    await region.settle(800);
    const isDm = (c: ApiCall) => String(c.params.channel).startsWith('D');
    expect(region.bot.api.callsTo('chat.postMessage').filter((c) => !isDm(c))).toEqual([]);
    expect((await snapshot(region)).beatdowns).toEqual([]);
    const notes = [...region.bot.api.callsTo('chat.postMessage').filter(isDm), ...region.bot.api.callsTo('chat.postEphemeral')];
    expect(JSON.stringify(notes)).toMatch(/AO must be a channel|not in <#/);
  });

  it('refuses an impossible calendar date on the form', async () => {
    const view = await openForm(doppler.id);
    const res = await submit(region, view, doppler.id, { ...entries, date: '2026-02-30' });
    expect(await res.json()).toMatchObject({ response_action: 'errors', errors: { date: expect.stringContaining('date') } });
    await region.settle();
    expect((await snapshot(region)).beatdowns).toEqual([]);
  });
});
