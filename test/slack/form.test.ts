import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestMessage } from '../../src/backblast/ingest.js';
import { parseMessage } from '../../src/backblast/parse.js';
import type { SlackMessage } from '../../src/backblast/types.js';
import { attendanceOf, findBeatdownByTs } from '../../src/db/queries/backblasts.js';
import { findAo } from '../../src/db/queries/aos.js';
import { addDays, dateInZone } from '../../src/time.js';
import { dialects } from '../support/db.js';
import type { ApiCall } from '../support/slack-api.js';
import { clickEdit, shortcut, submit, type View } from './interactions.js';
import { CHANNELS, TZ, USERS, eventually, snapshot, startRegion, type Region } from './region.js';

const { doppler, moneyball, chappie, sparkles, hoagie, nantan, stranger } = USERS;

function viewOf(call: ApiCall): View {
  return call.params.view as View;
}

function texts(view: View): string {
  return JSON.stringify(view.blocks);
}

function withoutSource(s: Awaited<ReturnType<typeof snapshot>>) {
  return { ...s, beatdowns: s.beatdowns.map((b) => ({ ...b, json: { ...(b.json as object), source: undefined } })) };
}

describe.each(dialects())('the /backblast form on %s', (dialect) => {
  let region: Region;
  beforeEach(async () => {
    region = await startRegion(dialect);
  });
  afterEach(async () => region.bot.stop());
  const db = () => region.bot.region.ctx.db;
  const today = () => dateInZone(Date.now(), TZ);

  /** `/backblast` typed by Doppler in the Yard; the modal the bot opened. */
  async function openForm(userId = doppler.id, channel = CHANNELS.yard.id): Promise<View> {
    const before = region.bot.api.callsTo('views.open').length;
    const res = await region.bot.command({ command: '/backblast', text: '', user_id: userId, channel_id: channel });
    expect(res.status).toBe(200);
    await region.bot.api.waitFor('views.open', () => region.bot.api.callsTo('views.open').length > before);
    return viewOf(region.bot.api.callsTo('views.open').at(-1)!);
  }

  /** Posts a backblast through the form; the chat.postMessage call and the posted ts. */
  async function postThroughForm(entries: Parameters<typeof submit>[3]) {
    const view = await openForm();
    const res = await submit(region, view, doppler.id, entries);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    const post = await region.bot.api.waitFor('chat.postMessage');
    const ts = region.history.get(String(post.params.channel))!.at(-1)!.ts;
    await eventually(
      () => findBeatdownByTs(db(), ts),
      (r) => r !== undefined,
    );
    await region.noteTo(doppler.id);
    return { post, ts };
  }

  const entries = () => ({
    title: 'Hot & humid <at> the Yard',
    pax: [moneyball.id, chappie.id, doppler.id],
    pax_names: 'Tumbleweed, Old Man Winter',
    fngs: 'Radio',
    moleskin: 'Warm-up: SSH x 20\nThang: Dora 1-2-3',
  });

  it('opens prefilled from the command and from the shortcut', async () => {
    const view = await openForm();
    expect(view.callback_id).toBe('backblast_form');
    const byId = Object.fromEntries(view.blocks.filter((b) => b.block_id).map((b) => [b.block_id, b.element]));
    expect(byId.ao).toMatchObject({ type: 'conversations_select', initial_conversation: CHANNELS.yard.id });
    expect(byId.date).toMatchObject({ type: 'datepicker', initial_date: today() });
    expect(byId.q).toMatchObject({ type: 'users_select', initial_user: doppler.id });
    expect(Object.keys(byId)).toEqual(['title', 'ao', 'date', 'q', 'coqs', 'pax', 'pax_names', 'fngs', 'count', 'moleskin']);

    const res = await shortcut(region, chappie.id);
    expect(res.status).toBe(200);
    const opened = await region.bot.api.waitFor('views.open', (c) =>
      (c.params.view as View).blocks.some((b) => b.element?.initial_user === chappie.id),
    );
    const fromShortcut = Object.fromEntries(
      viewOf(opened)
        .blocks.filter((b) => b.block_id)
        .map((b) => [b.block_id, b.element]),
    );
    expect(fromShortcut.ao).not.toHaveProperty('initial_conversation');
  });

  it('shows errors on the fields: a future date, no PAX', async () => {
    const view = await openForm();
    const future = await submit(region, view, doppler.id, { title: 'Tomorrow', date: addDays(today(), 1), pax: [moneyball.id] });
    const body = (await future.json()) as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(Object.keys(body.errors)).toEqual(['date']);
    expect(body.errors.date).toContain('future');

    const empty = await submit(region, view, doppler.id, { title: 'Alone' });
    expect(await empty.json()).toMatchObject({ response_action: 'errors', errors: { pax: expect.stringContaining('PAX') } });
    await region.settle();
    expect(region.bot.api.callsTo('chat.postMessage')).toEqual([]);
    expect((await snapshot(region)).beatdowns).toEqual([]);
  });

  it('posts the backblast with the header labels, metadata and an Edit button, and records it from the form values', async () => {
    const { post, ts } = await postThroughForm({ ...entries(), coqs: [sparkles.id], count: '' });
    expect(post.params.channel).toBe(CHANNELS.yard.id);
    const text = String(post.params.text);
    const lines = text.split('\n');
    expect(lines.slice(0, 9)).toEqual([
      '*Backblast! Hot &amp; humid &lt;at&gt; the Yard*',
      `*DATE*: ${today()}`,
      `*AO*: <#${CHANNELS.yard.id}>`,
      `*Q*: <@${doppler.id}>`,
      `*COQ*: <@${sparkles.id}>`,
      `*PAX*: <@${doppler.id}> <@${sparkles.id}> <@${moneyball.id}> <@${chappie.id}> Tumbleweed, Old Man Winter`,
      '*FNGs*: 1 Radio',
      '*COUNT*: 7',
      '',
    ]);
    expect(text).toContain('Thang: Dora 1-2-3');
    expect(post.params.metadata).toMatchObject({
      event_type: 'backblast',
      event_payload: {
        title: 'Hot & humid <at> the Yard',
        date: today(),
        ao_channel_id: CHANNELS.yard.id,
        q_user_id: doppler.id,
        coq_user_ids: [sparkles.id],
        pax_user_ids: [moneyball.id, chappie.id, doppler.id],
        non_slack_pax: ['Tumbleweed', 'Old Man Winter'],
        fng_names: ['Radio'],
        count: null,
        posted_by: doppler.id,
      },
    });
    expect(JSON.stringify(post.params.blocks)).toContain('"action_id":"backblast_edit"');

    const row = await findBeatdownByTs(db(), ts);
    expect(row).toMatchObject({
      ao_id: CHANNELS.yard.id,
      bd_date: today(),
      q_user_id: doppler.id,
      coq_user_id: sparkles.id,
      pax_count: 7,
      fng_count: 1,
      fngs: 'Radio',
      backblast: text,
    });
    expect(await attendanceOf(db(), ts)).toEqual([chappie.id, doppler.id, moneyball.id, sparkles.id].sort());
    expect(await findAo(db(), CHANNELS.yard.id)).toMatchObject({ ao: 'ao-the-yard' });
    const note = region.notesTo(doppler.id)[0]!;
    expect(note.params.channel).toBe(CHANNELS.yard.id);
    expect(JSON.stringify(note.params.blocks)).toContain('recorded');
  });

  it('agrees with what the live listener and the reconciler read from the posted message', async () => {
    const { ts } = await postThroughForm({ ...entries(), count: '9' });
    const fromForm = await snapshot(region);
    const posted = region.find(CHANNELS.yard.id, ts)!;

    // The message event Slack sends for our own post changes nothing.
    await region.bot.event({ ...posted, channel: CHANNELS.yard.id, channel_type: 'channel', event_ts: ts });
    await region.settle();
    expect(await snapshot(region)).toEqual(fromForm);

    // Read again from history as the reconciler does: the same record.
    const message = { ...posted, channel: CHANNELS.yard.id } as SlackMessage;
    const context = { users: Object.values(USERS), channels: Object.values(CHANNELS), tz: TZ };
    const parsed = parseMessage(message, context);
    expect(parsed).toMatchObject({ is_backblast: true, pax_count: 9, q_user_id: doppler.id, fng_names: ['Radio'] });
    expect(await ingestMessage(db(), message, context, 'reconcile')).toMatchObject({ kind: 'saved', replaced: true });
    expect(withoutSource(await snapshot(region))).toEqual(withoutSource(fromForm));

    // And the text alone, as PAXminer and other tools read it, names the same people.
    const fromText = parseMessage(
      { ...message, metadata: undefined, blocks: undefined, bot_id: undefined, user: doppler.id },
      context,
    );
    expect(fromText).toMatchObject({
      is_backblast: true,
      q_user_id: doppler.id,
      date: today(),
      ao_channel_id: CHANNELS.yard.id,
      pax_count: 9,
    });
    expect(fromText.is_backblast && [...fromText.pax_user_ids].sort()).toEqual([chappie.id, doppler.id, moneyball.id].sort());
  });

  it('refuses a duplicate AO, date and Q on the form, naming the existing post', async () => {
    await postThroughForm(entries());
    const view = await openForm();
    const res = await submit(region, view, doppler.id, { title: 'Second try', pax: [hoagie.id] });
    const body = (await res.json()) as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(body.errors.date).toContain('Hot & humid <at> the Yard');
    expect(body.errors.date).toContain('#ao-the-yard');
    expect(region.bot.api.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('lets the Q edit the post: the form reopens prefilled, and saving updates the message and the rows', async () => {
    const { ts } = await postThroughForm({ ...entries(), count: '9' });
    const posted = region.find(CHANNELS.yard.id, ts)!;
    const res = await clickEdit(region, doppler.id, { channel: CHANNELS.yard.id, ts, message: posted });
    expect(res.status).toBe(200);
    await region.bot.api.waitFor('views.open', (c) => viewOf(c).title?.text === 'Edit backblast');
    const update = await region.bot.api.waitFor('views.update');
    const view = viewOf(update);
    const byId = Object.fromEntries(view.blocks.filter((b) => b.block_id).map((b) => [b.block_id, b.element]));
    expect(byId.title).toMatchObject({ initial_value: 'Hot & humid <at> the Yard' });
    expect(byId.pax).toMatchObject({ initial_users: [moneyball.id, chappie.id, doppler.id] });
    expect(byId.pax_names).toMatchObject({ initial_value: 'Tumbleweed, Old Man Winter' });
    expect(byId.count).toMatchObject({ initial_value: '9' });
    expect(byId.moleskin).toMatchObject({ initial_value: 'Warm-up: SSH x 20\nThang: Dora 1-2-3' });

    const yesterday = addDays(today(), -1);
    const saved = await submit(region, view, doppler.id, {
      date: yesterday,
      pax: [moneyball.id, hoagie.id],
      pax_names: '',
      count: '',
    });
    expect(saved.status).toBe(200);
    const updated = await region.bot.api.waitFor('chat.update');
    expect(updated.params).toMatchObject({ channel: CHANNELS.yard.id, ts });
    expect(String(updated.params.text)).toContain(`*DATE*: ${yesterday}`);
    expect((updated.params.metadata as { event_payload: { posted_by: string } }).event_payload.posted_by).toBe(doppler.id);
    const row = await eventually(
      () => findBeatdownByTs(db(), ts),
      (r) => r?.bd_date === yesterday,
    );
    expect(row).toMatchObject({ pax_count: 4, fng_count: 1 });
    expect(row?.ts_edited).not.toBeNull();
    expect(await attendanceOf(db(), ts)).toEqual([doppler.id, hoagie.id, moneyball.id].sort());
    expect(region.bot.api.callsTo('chat.postMessage')).toHaveLength(1);
    expect(JSON.stringify((await region.noteTo(doppler.id, 2)).params.blocks)).toContain('updated');
  });

  it('refuses an edit by a stranger and says why; a workspace admin may edit', async () => {
    const { ts } = await postThroughForm(entries());
    const posted = region.find(CHANNELS.yard.id, ts)!;
    await clickEdit(region, stranger.id, { channel: CHANNELS.yard.id, ts, message: posted });
    const refusal = viewOf(await region.bot.api.waitFor('views.update'));
    expect(refusal.callback_id).toBeUndefined();
    expect(texts(refusal)).toContain('Only the Q');
    expect(texts(refusal)).toContain(`<@${doppler.id}>`);

    await clickEdit(region, nantan.id, { channel: CHANNELS.yard.id, ts, message: posted });
    const allowed = await region.bot.api.waitFor('views.update', (c) => viewOf(c).callback_id === 'backblast_form');
    expect(viewOf(allowed).private_metadata).toContain('"own":true');
  });

  it('corrects the record of a typed backblast from its private note, and reads the post again once it is edited', async () => {
    const ts = region.nextTs();
    const date = region.dateOf(ts);
    const typed = [
      'Backblast! Murder bunnies',
      `Date: ${date}`,
      `Q: <@${doppler.id}>`,
      'PAX: Moneybal, Chapie, <@U0SPARKLES>',
      'Count: 4',
    ].join('\n');
    const { message } = await region.post(CHANNELS.yard.id, doppler.id, typed, { ts });
    const note = await region.noteTo(doppler.id);
    expect(JSON.stringify(note.params.blocks)).toContain('Moneybal');
    const button = (note.params.blocks as Array<{ type: string; elements?: Array<{ value?: string }> }>).find(
      (b) => b.type === 'actions',
    )!;

    await clickEdit(region, doppler.id, { channel: CHANNELS.yard.id, ts: 'ephemeral.1', value: button.elements![0]!.value });
    const view = viewOf(await region.bot.api.waitFor('views.update', (c) => viewOf(c).callback_id === 'backblast_form'));
    expect(view.private_metadata).toContain('"own":false');
    expect(view.blocks.some((b) => b.block_id === 'moleskin')).toBe(false);
    await submit(region, view, doppler.id, { pax: [moneyball.id, chappie.id, sparkles.id], pax_names: '' });
    const row = await eventually(
      () => findBeatdownByTs(db(), ts),
      (r) => r?.ts_edited !== null && r?.ts_edited !== undefined,
    );
    expect(row).toMatchObject({ pax_count: 4, backblast: typed });
    expect(await attendanceOf(db(), ts)).toEqual([chappie.id, doppler.id, moneyball.id, sparkles.id].sort());
    expect(region.bot.api.callsTo('chat.postMessage')).toEqual([]);
    expect(region.bot.api.callsTo('chat.update')).toEqual([]);

    // Reading the unchanged post again (a retry, the reconciler) keeps the corrected record.
    const corrected = await snapshot(region);
    await region.bot.event(message, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'timeout' } });
    await region.settle();
    const context = { users: Object.values(USERS), channels: Object.values(CHANNELS), tz: TZ };
    expect(await ingestMessage(db(), message as SlackMessage, context, 'reconcile')).toEqual({ kind: 'ignored' });
    expect(await snapshot(region)).toEqual(corrected);

    // The Q edits the post itself later: that newer version is read.
    await region.edit(
      CHANNELS.yard.id,
      ts,
      typed.replace('PAX: Moneybal, Chapie, <@U0SPARKLES>', `PAX: <@${hoagie.id}>`).replace('Count: 4', 'Count: 2'),
    );
    await eventually(
      () => findBeatdownByTs(db(), ts),
      (r) => r?.pax_count === 2,
    );
    expect(await attendanceOf(db(), ts)).toEqual([doppler.id, hoagie.id].sort());
  });

  it('tells the submitter privately, with the backblast, when the bot cannot post in the AO', async () => {
    region.bot.api.on('chat.postMessage', () => ({ ok: false, error: 'not_in_channel' }));
    const view = await openForm(doppler.id, CHANNELS.private.id);
    await submit(region, view, doppler.id, entries());
    const note = await region.noteTo(doppler.id);
    const body = JSON.stringify(note.params.blocks);
    expect(body).toContain('/invite');
    expect(body).toContain('Thang: Dora 1-2-3');
    expect((await snapshot(region)).beatdowns).toEqual([]);
  });
});
