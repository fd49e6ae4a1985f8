import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attendanceOf, findBeatdownByTs } from '../../src/db/queries/backblasts.js';
import { findAo } from '../../src/db/queries/aos.js';
import { findUser } from '../../src/db/queries/users.js';
import { dialects } from '../support/db.js';
import { BOT_ID, BOT_USER, CHANNELS, USERS, eventually, snapshot, startRegion, type Region } from './region.js';

const { doppler, moneyball, chappie, sparkles, hoagie } = USERS;

function backblast(date: string, lines: string[] = []): string {
  return [
    'Backblast! Murder bunnies',
    `Date: ${date}`,
    `AO: <#${CHANNELS.yard.id}|ao-the-yard>`,
    `Q: <@${doppler.id}>`,
    `PAX: <@${moneyball.id}> <@${chappie.id}> Chappie, Sparkles, Tumbleweed`,
    'FNGs: None',
    'Count: 5',
    ...lines,
    '',
    'Warm-up: SSH x 20. Thang: 11s.',
  ].join('\n');
}

/** The message event Slack delivers for Doppler's backblast posted at the Yard. */
function backblastEvent(ts: string, date: string) {
  return {
    type: 'message',
    channel: CHANNELS.yard.id,
    channel_type: 'channel',
    user: doppler.id,
    text: backblast(date),
    ts,
    event_ts: ts,
  };
}

function text(call: { params: Record<string, unknown> }): string {
  return JSON.stringify(call.params.blocks ?? '') + String(call.params.text ?? '');
}

describe.each(dialects())('live backblast events on %s', (dialect) => {
  let region: Region;
  beforeEach(async () => {
    region = await startRegion(dialect);
  });
  afterEach(async () => region.bot.stop());
  const db = () => region.bot.region.ctx.db;

  it('records a new backblast, learns its people and channel, and tells the poster privately', async () => {
    const ts = region.nextTs();
    const date = region.dateOf(ts);
    const { res } = await region.post(CHANNELS.yard.id, doppler.id, backblast(date), { ts });
    expect(res.status).toBe(200);

    const row = await eventually(
      () => findBeatdownByTs(db(), ts),
      (r) => r !== undefined,
    );
    expect(row).toMatchObject({
      ao_id: CHANNELS.yard.id,
      bd_date: date,
      q_user_id: doppler.id,
      pax_count: 5,
      fng_count: 0,
      ts_edited: null,
    });
    expect(await attendanceOf(db(), ts)).toEqual([chappie.id, doppler.id, moneyball.id, sparkles.id].sort());

    const note = await region.noteTo(doppler.id);
    expect(note.params.channel).toBe(CHANNELS.yard.id);
    const body = text(note);
    expect(body).toContain(`<#${CHANNELS.yard.id}>`);
    expect(body).toContain(date);
    expect(body).toContain(`<@${doppler.id}>`);
    expect(body).toContain('*Count*: 5');
    expect(body).toContain('Tumbleweed');
    expect(body).toContain('Edit in form');

    expect(await findUser(db(), moneyball.id)).toMatchObject({ user_name: 'Moneyball', real_name: 'Mike Jones' });
    expect(await findAo(db(), CHANNELS.yard.id)).toMatchObject({ ao: 'ao-the-yard', channel_created: CHANNELS.yard.created });
  });

  it('leaves the database as one delivery would when Slack retries or duplicates an event', async () => {
    const ts = region.nextTs();
    const date = region.dateOf(ts);
    const message = backblastEvent(ts, date);
    region.add(CHANNELS.yard.id, message);
    const first = await region.bot.event(message, { eventId: 'Ev0RETRY01' });
    expect(first.status).toBe(200);
    await region.noteTo(doppler.id);
    const once = await snapshot(region);

    // A retry of the same delivery, and two racing copies of it.
    const retries = await Promise.all([
      region.bot.event(message, {
        eventId: 'Ev0RETRY01',
        headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
      }),
      region.bot.event(message, {
        eventId: 'Ev0RETRY01',
        headers: { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' },
      }),
      region.bot.event(message, { eventId: 'Ev0DUPLICATE' }),
    ]);
    expect(retries.map((r) => r.status)).toEqual([200, 200, 200]);
    await region.settle();
    expect(await snapshot(region)).toEqual(once);
    expect(region.notesTo(doppler.id)).toHaveLength(1);
  });

  it('replaces the rows on an edit, removes them when it stops being a backblast, and on delete', async () => {
    const { ts } = await region.post(CHANNELS.yard.id, doppler.id, backblast(region.dateOf(region.nextTs())));
    await eventually(
      () => findBeatdownByTs(db(), ts),
      (r) => r !== undefined,
    );
    await region.noteTo(doppler.id);

    const date = region.dateOf(ts);
    const edited = backblast(date)
      .replace(`PAX: <@${moneyball.id}> <@${chappie.id}> Chappie, Sparkles, Tumbleweed`, `PAX: <@${hoagie.id}>`)
      .replace('Count: 5', 'Count: 2');
    const { editedTs } = await region.edit(CHANNELS.yard.id, ts, edited);
    const row = await eventually(
      () => findBeatdownByTs(db(), ts),
      (r) => r?.pax_count === 2,
    );
    expect(row?.ts_edited).toBe(editedTs);
    expect(await attendanceOf(db(), ts)).toEqual([doppler.id, hoagie.id].sort());
    expect(region.bot.api.callsTo('users.info').map((c) => c.params.user)).toContain(hoagie.id);
    expect(await findUser(db(), hoagie.id)).toMatchObject({ user_name: 'Hoagie' });
    const note = await region.noteTo(doppler.id, 2);
    expect(text(note)).toContain('updated');

    // The original event delivered late changes nothing.
    const stale = backblastEvent(ts, date);
    await region.bot.event(stale, { headers: { 'x-slack-retry-num': '3', 'x-slack-retry-reason': 'timeout' } });
    await region.settle();
    expect((await findBeatdownByTs(db(), ts))?.pax_count).toBe(2);

    await region.edit(CHANNELS.yard.id, ts, 'never mind, wrong channel');
    await eventually(
      () => findBeatdownByTs(db(), ts),
      (r) => r === undefined,
    );
    expect(await attendanceOf(db(), ts)).toEqual([]);
    expect(text(await region.noteTo(doppler.id, 3))).toContain('no longer reads as a backblast');

    const second = await region.post(
      CHANNELS.yard.id,
      moneyball.id,
      backblast(date).replace(`Q: <@${doppler.id}>`, `Q: <@${moneyball.id}>`),
    );
    await eventually(
      () => findBeatdownByTs(db(), second.ts),
      (r) => r !== undefined,
    );
    const res = await region.remove(CHANNELS.yard.id, second.ts);
    expect(res.status).toBe(200);
    await eventually(
      () => findBeatdownByTs(db(), second.ts),
      (r) => r === undefined,
    );
    expect(await attendanceOf(db(), second.ts)).toEqual([]);
  });

  it('ignores chatter, preblasts, thread replies and the bot itself, and reads broadcast replies', async () => {
    const date = region.dateOf(region.nextTs());
    await region.post(CHANNELS.yard.id, chappie.id, 'Who is coming to the Yard tomorrow? <@U0MONEYBALL> you in?');
    await region.post(
      CHANNELS.yard.id,
      chappie.id,
      [
        'Preblast: The Yard',
        'When: Saturday 0600',
        `Where: <#${CHANNELS.yard.id}>`,
        `Q: <@${chappie.id}>`,
        'HC: @Moneyball',
      ].join('\n'),
    );
    const parent = region.nextTs();
    await region.post(CHANNELS.yard.id, doppler.id, backblast(date), { thread_ts: parent });
    await region.post(CHANNELS.yard.id, doppler.id, backblast(date), { user: BOT_USER, bot_id: BOT_ID });
    await region.post(CHANNELS.yard.id, doppler.id, 'joined', { subtype: 'channel_join' });
    await region.settle();
    expect((await snapshot(region)).beatdowns).toEqual([]);
    expect(region.bot.api.callsTo('chat.postEphemeral')).toEqual([]);

    const { ts } = await region.post(CHANNELS.yard.id, doppler.id, backblast(date), {
      subtype: 'thread_broadcast',
      thread_ts: parent,
    });
    await eventually(
      () => findBeatdownByTs(db(), ts),
      (r) => r !== undefined,
    );
  });

  it('tells the poster what to fix when a backblast has no Q, and writes nothing', async () => {
    const date = region.dateOf(region.nextTs());
    const noQ = backblast(date).replace(`Q: <@${doppler.id}>\n`, '');
    const { ts } = await region.post(CHANNELS.yard.id, sparkles.id, noQ);
    const note = await region.noteTo(sparkles.id);
    expect(text(note)).toContain("couldn't record it");
    expect(text(note)).toMatch(/Q:/);
    expect(text(note)).toContain('Edit in form');
    expect(await findBeatdownByTs(db(), ts)).toBeUndefined();
    expect(await attendanceOf(db(), ts)).toEqual([]);
  });

  it('refuses a second post of the same AO, date and Q, naming the first', async () => {
    const date = region.dateOf(region.nextTs());
    const first = await region.post(CHANNELS.yard.id, doppler.id, backblast(date));
    await region.noteTo(doppler.id);
    const before = await snapshot(region);
    const second = await region.post(CHANNELS.yard.id, moneyball.id, backblast(date).replace('Murder bunnies', 'Again'));
    const note = await region.noteTo(moneyball.id);
    expect(text(note)).toContain('already recorded');
    expect(text(note)).toContain(`/archives/${CHANNELS.yard.id}/p${first.ts.replace('.', '')}`);
    expect(text(note)).toContain('Murder bunnies');
    expect(await findBeatdownByTs(db(), second.ts)).toBeUndefined();
    expect(await snapshot(region)).toEqual(before);
  });

  it('reads a slackblast post from its metadata and tells the Q', async () => {
    const date = region.dateOf(region.nextTs());
    const { ts } = await region.post(CHANNELS.grind.id, 'U0SLACKBLAST', 'Moleskin: it was hot.', {
      bot_id: 'B0SLACKBLAST',
      subtype: 'bot_message',
      metadata: {
        event_type: 'backblast',
        event_payload: {
          title: 'Grinder',
          date,
          The_AO: CHANNELS.grind.id,
          the_q: chappie.id,
          the_coq: [],
          the_pax: [chappie.id, hoagie.id, sparkles.id],
          non_slack_pax: '',
          fngs: '',
          count: 3,
        },
      },
    });
    const row = await eventually(
      () => findBeatdownByTs(db(), ts),
      (r) => r !== undefined,
    );
    expect(row).toMatchObject({ ao_id: CHANNELS.grind.id, q_user_id: chappie.id, bd_date: date, pax_count: 3 });
    expect(await attendanceOf(db(), ts)).toEqual([chappie.id, hoagie.id, sparkles.id].sort());
    expect(await findAo(db(), CHANNELS.grind.id)).toMatchObject({ ao: 'ao-the-grind' });
    await region.noteTo(chappie.id);
  });
});
