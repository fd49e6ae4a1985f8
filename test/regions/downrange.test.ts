import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { statsCommand } from '../../src/cli/stats.js';
import { sendMonthly } from '../../src/jobs/monthly.js';
import { createWebClient } from '../../src/slack/client.js';
import { DownrangeCache, downrangePosts } from '../../src/regions/downrange.js';
import { dialects } from '../support/db.js';
import { SIGNING_SECRET } from '../support/signing.js';
import type { ApiCall, Workspace } from '../support/slack-api.js';
import { backblast, eventually, twoRegions, type ManyRegions } from './support.js';

// Downrange credit: the same man (same email, another user id) posting in two regions of one
// deployment sees the other region's posts in his /mystats, while each region keeps its own rows.

const setEmail = (ws: Workspace, i: number, email: string | undefined) => {
  const profile = ws.users[i]!.profile as Record<string, unknown>;
  if (email === undefined) delete profile.email;
  else profile.email = email;
};

describe.each(dialects())('downrange credit on %s', (dialect) => {
  let m: ManyRegions;
  let alpha: Workspace;
  let bravo: Workspace;
  beforeEach(async () => {
    // Bravo's first PAX is alpha's first PAX (Slack's email, written another way); the second PAX of
    // each workspace has no email.
    ({ m, alpha, bravo } = await twoRegions(dialect, {
      prepare: (a, b) => {
        setEmail(b, 1, ' AlphaPax1@Example.com');
        setEmail(a, 2, undefined);
        setEmail(b, 2, undefined);
      },
    }));
  });
  afterEach(async () => m.stop());

  const attendance = (schema: string) =>
    m.regionDb(schema).selectFrom('bd_attendance').select(['user_id', 'date']).orderBy('date').orderBy('user_id').execute();

  async function mystats(ws: Workspace, userId: string, text = ''): Promise<ApiCall> {
    const before = m.api.callsTo('/response').length;
    const res = await m.command(ws.teamId, { command: '/mystats', text, user_id: userId, channel_id: ws.channels[0]!.id });
    expect(res.status).toBe(200);
    await m.api.waitFor('/response', () => m.api.callsTo('/response').length > before, 15_000);
    return m.api.callsTo('/response')[before]!;
  }

  it("shows a man's posts at another region as downrange, by email, and copies nothing", async () => {
    for (const ws of [alpha, bravo]) expect((await m.install(ws)).status).toBe(200);
    const rows = await m.registry.list();
    const row = (ws: Workspace) => rows.find((r) => r.team_id === ws.teamId)!;

    await m.event(alpha.teamId, { type: 'message', channel: alpha.channels[0]!.id, user: alpha.users[0]!.id, text: backblast(alpha, '2026-11-20'), ts: '1800000010.000100' });
    const bravoDates = ['2025-06-01', '2026-11-21', '2026-11-22'];
    for (const [i, date] of bravoDates.entries()) {
      await m.event(bravo.teamId, { type: 'message', channel: bravo.channels[0]!.id, user: bravo.users[0]!.id, text: backblast(bravo, date), ts: `18000000${20 + i}.000100` });
    }
    const inAlpha = await eventually(() => attendance(row(alpha).schema_name), (r) => r.length >= 3);
    const inBravo = await eventually(() => attendance(row(bravo).schema_name), (r) => r.length >= 9);
    // Each region's rows are its own: alpha's ids only in alpha, bravo's only in bravo.
    expect(inAlpha.map((r) => r.user_id).sort()).toEqual(alpha.users.map((u) => u.id).sort());
    expect(inBravo).toHaveLength(9);
    expect(inBravo.every((r) => r.user_id.startsWith('U0BRAVO'))).toBe(true);

    const [, alphaPax1, alphaPax2] = alpha.users.map((u) => u.id);
    const answer = await mystats(alpha, alphaPax1!);
    const said = JSON.stringify(answer.params);
    // His own figures in alpha are alpha's only.
    expect(answer.params.text).toMatch(/^Your F3 figures: \d+ posts? in \w+ 2026, 1 in 2026, 1 all time\.$/);
    expect(said).toContain('Downrange posts in 2026');
    expect(said).toContain(`Downrange: ${row(bravo).region}: 2 posts, last Nov 22, 2026`);
    // His monthly chart, sent to his DMs, names them too.
    const chart = await m.api.waitFor('files.completeUploadExternal', (c) => c.params.channel_id === `D${alphaPax1}`, 15_000);
    expect(String(chart.params.initial_comment)).toMatch(/your posts in \w+ 2026: .*\nDownrange in 2026: /);
    expect(String(chart.params.initial_comment)).toContain(`Downrange in 2026: ${row(bravo).region} 2 posts.`);

    // Another year: bravo's 2025 post, though he has none at home that year.
    const past = JSON.stringify((await mystats(alpha, alphaPax1!, '2025')).params);
    expect(past).toContain('Downrange posts in 2025');
    expect(past).toContain(`Downrange: ${row(bravo).region}: 1 post, last Jun 1, 2025`);

    // The other way round: in bravo, alpha's post is his downrange post; bravo's own stays 2 in 2026.
    const back = await mystats(bravo, bravo.users[1]!.id);
    expect(back.params.text).toMatch(/, 2 in 2026, 3 all time\.$/);
    expect(JSON.stringify(back.params)).toContain(`Downrange: ${row(alpha).region}: 1 post, last Nov 20, 2026`);

    // A man without an email, and a man whose email no other region knows, get nothing downrange.
    expect(JSON.stringify((await mystats(alpha, alphaPax2!)).params)).not.toContain('Downrange');
    const plain = await m.api.waitFor('files.completeUploadExternal', (c) => c.params.channel_id === `D${alphaPax2}`, 15_000);
    expect(String(plain.params.initial_comment)).toMatch(/your posts in \w+ 2026: /);
    expect(String(plain.params.initial_comment)).not.toContain('Downrange');
    expect(JSON.stringify((await mystats(alpha, alpha.users[0]!.id)).params)).not.toContain('Downrange');

    // November's monthly delivery in alpha: his chart's message names bravo's posts, the other's not.
    const uploads = m.api.callsTo('files.completeUploadExternal').length;
    await m.registry.withRegion(row(alpha), (ctx) => sendMonthly(ctx, createWebClient(ctx.settings, ctx.log), '2026-11'));
    const sent = m.api.callsTo('files.completeUploadExternal').slice(uploads);
    const monthly = (userId: string) => String(sent.find((c) => c.params.channel_id === `D${userId}`)?.params.initial_comment);
    expect(monthly(alphaPax1!)).toMatch(/^\w+, your posts in November 2026: 1 post, .*\nDownrange in 2026: /);
    expect(monthly(alphaPax1!)).toContain(`Downrange in 2026: ${row(bravo).region} 2 posts.`);
    expect(monthly(alphaPax2!)).toMatch(/, your posts in November 2026: 1 post, /);
    expect(monthly(alphaPax2!)).not.toContain('Downrange');

    // The App Home shows the same line.
    const published = m.api.callsTo('views.publish').length;
    await m.event(alpha.teamId, { type: 'app_home_opened', user: alphaPax1, channel: `D${alphaPax1}`, tab: 'home', event_ts: '1.1' });
    const home = await m.api.waitFor('views.publish', () => m.api.callsTo('views.publish').length > published, 15_000);
    expect(JSON.stringify(home.params)).toContain(`Downrange: ${row(bravo).region}: 2 posts, last Nov 22, 2026`);

    // Nothing was copied by asking.
    expect(await attendance(row(alpha).schema_name)).toEqual(inAlpha);
    expect(await attendance(row(bravo).schema_name)).toEqual(inBravo);

    // `paxminer stats --user` in many-regions mode carries the same, as `downrange`.
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let out = '';
    stdout.on('data', (d: Buffer) => (out += d.toString()));
    const code = await statsCommand.run(['--user', alphaPax1!, '--year', '2026'], {
      stdin: new PassThrough(),
      stdout,
      stderr,
      region: row(alpha).region,
      env: {
        DATABASE_URL: m.database.url,
        SLACK_CLIENT_ID: '1234.5678',
        SLACK_CLIENT_SECRET: 'client-secret',
        SLACK_STATE_SECRET: 'state-secret-for-tests',
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        LOG_LEVEL: 'silent',
      },
    });
    expect(code).toBe(0);
    const json = JSON.parse(out) as { posts: number; downrange: unknown };
    expect(json.posts).toBe(1);
    expect(json.downrange).toEqual([{ region: row(bravo).region, posts: 2, last_post: '2026-11-22' }]);
  });

  it('asks only the other active regions, within its deadline, and keeps answers briefly', async () => {
    for (const ws of [alpha, bravo]) expect((await m.install(ws)).status).toBe(200);
    const rows = await m.registry.list();
    const row = (ws: Workspace) => rows.find((r) => r.team_id === ws.teamId)!;
    await m.event(bravo.teamId, { type: 'message', channel: bravo.channels[0]!.id, user: bravo.users[0]!.id, text: backblast(bravo, '2026-03-02'), ts: '1800000040.000100' });
    await eventually(() => attendance(row(bravo).schema_name), (r) => r.length >= 3);
    const email = 'alphapax1@example.com';

    // The home region is never its own downrange; bravo answers.
    expect(await downrangePosts(m.registry, row(bravo), email, 2026)).toEqual([]);
    const expected = [{ region: row(bravo).region, posts: 1, last: '2026-03-02' }];
    const cache = new DownrangeCache();
    expect(await downrangePosts(m.registry, row(alpha), email, 2026, { cache })).toEqual(expected);
    // A second post: the cached answer stands for a while, a fresh look-up sees it.
    await m.regionDb(row(bravo).schema_name)
      .insertInto('bd_attendance')
      .values({ timestamp: '1800000050.000100', ts_edited: null, user_id: bravo.users[1]!.id, ao_id: bravo.channels[0]!.id, date: '2026-04-01', q_user_id: bravo.users[0]!.id, json: null })
      .execute();
    expect(await downrangePosts(m.registry, row(alpha), email, 2026, { cache })).toEqual(expected);
    expect(await downrangePosts(m.registry, row(alpha), email, 2026)).toEqual([{ ...expected[0]!, posts: 2, last: '2026-04-01' }]);
    // Past the deadline before a region is asked: it is left out (a clock that jumps an hour after the start).
    let calls = 0;
    const jumping = () => (calls++ === 0 ? 0 : 3_600_000);
    expect(await downrangePosts(m.registry, row(alpha), email, 2026, { now: jumping })).toEqual([]);
    expect(await downrangePosts(m.registry, row(alpha), email.toUpperCase(), 2026, { cache })).toEqual(expected);
    expect(await downrangePosts(m.registry, row(alpha), '  ', 2026)).toEqual([]);

    // An uninstalled region is no longer asked.
    await m.event(bravo.teamId, { type: 'app_uninstalled' });
    expect(await downrangePosts(m.registry, row(alpha), email, 2026)).toEqual([]);
  });
});
