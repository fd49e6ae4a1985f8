import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestMessage } from '../../src/backblast/ingest.js';
import { findCursor } from '../../src/db/queries/cursors.js';
import { reconcile, type ReconcileOptions } from '../../src/jobs/reconcile.js';
import { createWebClient } from '../../src/slack/client.js';
import { compareTs } from '../../src/ts.js';
import { dateOfTs } from '../../src/time.js';
import { createTestRegion, dialects, type TestRegion } from '../support/db.js';
import { SlackApiDouble } from '../support/slack-api.js';
import { Workspace, backblast, user, type WorkspaceOptions } from './reconcile-workspace.js';

const TZ = 'America/Chicago';
const USERS = [
  user('U0QUAIL', 'Quail'),
  user('U0BISON', 'Bison'),
  user('U0OTTER', 'Otter'),
  user('U0MOOSE', 'Moose'),
  user('U0LLAMA', 'Llama'),
];
const [Q, A, B, C, D] = USERS.map((u) => u.id) as [string, string, string, string, string];
const YARD = { id: 'C0YARD', name: 'ao-the-yard', created: 1_600_000_000, is_member: true };
const GRIND = { id: 'C0GRIND', name: 'ao-the-grind', created: 1_600_000_100, is_member: true };
const SECRET = { id: 'G0SECRET', name: 'ao-secret', created: 1_600_000_200, is_private: true, is_member: true };
const OUTSIDE = { id: 'C0OUTSIDE', name: 'ao-outside', created: 1_600_000_300, is_member: false };
const KICKED = { id: 'C0KICKED', name: 'ao-kicked', created: 1_600_000_400, is_member: true };
const OLD = { id: 'C0OLD', name: 'ao-closed', created: 1_500_000_000, is_member: true, is_archived: true };

const FAST: ReconcileOptions = { pacing: { intervalMs: 0 } };

describe.each(dialects())('nightly reconciliation on %s', (dialect) => {
  let t: TestRegion;
  let api: SlackApiDouble;
  let ws: Workspace;

  const start = (options: WorkspaceOptions = {}, channels = [YARD, GRIND, SECRET, OUTSIDE, KICKED, OLD]) => {
    ws = new Workspace(USERS, channels, { listPage: 2, removedFrom: [KICKED.id], ...options }).install(api);
  };
  const run = (options: ReconcileOptions = FAST) => reconcile(t.ctx, createWebClient(t.ctx.settings, t.ctx.log), options);
  const bb = (channel: string, daysAgo: number, q: string, pax: string[], extra: Record<string, unknown> = {}) => {
    const ts = ws.ts(daysAgo);
    return ws.post(channel, { ts, user: q, text: backblast(q, pax, dateOfTs(ts, TZ)), ...extra });
  };
  const stored = async () =>
    (
      await t.ctx.db
        .selectFrom('beatdowns')
        .select(['timestamp', 'ts_edited', 'ao_id', 'q_user_id'])
        .orderBy('timestamp')
        .execute()
    ).map((r) => r.timestamp);
  const attendees = async (ts: string) =>
    (await t.ctx.db.selectFrom('bd_attendance').select('user_id').where('timestamp', '=', ts).orderBy('user_id').execute()).map(
      (r) => r.user_id,
    );

  beforeEach(async () => {
    api = await SlackApiDouble.start();
    t = await createTestRegion(dialect, { SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_API_URL: api.url, REGION_TZ: TZ });
  });
  afterEach(async () => {
    await api.close();
    await t.cleanup();
  });

  it('syncs users and channels page by page, and reads the last days of every channel the bot is in', async () => {
    start();
    const old = bb(YARD.id, 9, Q, [A, B]);
    const recent = bb(YARD.id, 2, Q, [A, B, C]);
    ws.post(YARD.id, { ts: ws.ts(1.5), user: A, text: 'Great work this morning, men!' });
    const correction = ws.post(YARD.id, {
      ts: ws.ts(1.4),
      user: B,
      thread_ts: recent.ts,
      text: backblast(B, [D], dateOfTs(recent.ts, TZ)),
    });
    const [parent, bts] = [ws.ts(1.3), ws.ts(1.2)];
    const broadcast = ws.post(GRIND.id, {
      ts: bts,
      user: C,
      subtype: 'thread_broadcast',
      thread_ts: parent,
      text: backblast(C, [D], dateOfTs(bts, TZ)),
    });
    const secret = bb(SECRET.id, 1, D, [A]);
    bb(OUTSIDE.id, 1, Q, [B]);
    bb(KICKED.id, 1, Q, [C]);

    const summary = await run();

    expect(summary).toMatchObject({
      users: 5,
      channels: 6,
      channelsRead: 3,
      saved: 3,
      updated: 0,
      removed: 0,
      refused: [],
      failed: [],
    });
    expect(summary.notInChannel.sort()).toEqual(['ao-kicked', 'ao-outside']);
    expect(await stored()).toEqual([recent.ts, broadcast.ts, secret.ts]);
    expect(await stored()).not.toContain(old.ts);
    expect(await stored()).not.toContain(correction.ts);
    expect(await attendees(recent.ts)).toEqual([A, B, C, Q].sort());
    expect(api.callsTo('users.list')).toHaveLength(3);
    expect(api.callsTo('conversations.list')).toHaveLength(3);
    expect(api.callsTo('conversations.list')[0]!.params.types).toBe('public_channel,private_channel');
    expect(ws.historyCalls(api).map((c) => c.params.channel)).not.toContain(OUTSIDE.id);
    expect(ws.historyCalls(api).map((c) => c.params.channel)).not.toContain(OLD.id);
    const users = await t.ctx.db.selectFrom('users').select('user_id').execute();
    expect(users).toHaveLength(5);
    const aos = await t.ctx.db.selectFrom('aos').selectAll().orderBy('channel_id').execute();
    expect(aos.map((a) => [a.channel_id, a.archived])).toEqual(
      [YARD, GRIND, SECRET, OUTSIDE, KICKED, OLD].map((c) => [c.id, c === OLD ? 1 : 0]).sort(),
    );
  });

  it('reads a long history 15 messages a page, one call at a time, paced', async () => {
    start({ pageCap: 15 }, [YARD]);
    const posted = [];
    for (let i = 0; i < 40; i++) {
      if (i % 4 === 0) posted.push(bb(YARD.id, 6 - i * 0.1, [Q, A, B, C][(i / 4) % 4]!, [D]));
      else ws.post(YARD.id, { ts: ws.ts(6 - i * 0.1), user: A, text: `chatter ${i}` });
    }
    const summary = await run({ pacing: { intervalMs: 60 } });
    const calls = ws.historyCalls(api);
    expect(calls).toHaveLength(3);
    expect(summary).toMatchObject({ pages: 3, messages: 40, saved: 10 });
    for (let i = 1; i < calls.length; i++) {
      expect(calls[i]!.at - calls[i - 1]!.at).toBeGreaterThanOrEqual(60);
      // Each page goes on from the oldest message of the one before.
      expect(compareTs(String(calls[i]!.params.latest), String(calls[i - 1]!.params.latest))).toBeLessThan(0);
    }
    expect(await stored()).toEqual(posted.map((m) => m.ts));
  });

  it('brings stored backblasts in line: a later edit updates, one deleted in Slack is removed, the rest stays', async () => {
    start({}, [YARD, GRIND]);
    const ctx = { users: USERS, channels: [YARD, GRIND], tz: TZ };
    // What the live bot saved before it went down.
    const edited = bb(YARD.id, 3, Q, [A]);
    const deleted = bb(YARD.id, 2, B, [A]);
    const longAgo = bb(YARD.id, 20, C, [A]);
    const elsewhere = bb(GRIND.id, 2, D, [A]);
    const unchanged = bb(GRIND.id, 1, Q, [B]);
    for (const [channel, m] of [
      [YARD.id, edited],
      [YARD.id, deleted],
      [YARD.id, longAgo],
      [GRIND.id, elsewhere],
      [GRIND.id, unchanged],
    ] as const) {
      await ingestMessage(t.ctx.db, { ...m, channel }, ctx, 'live');
    }
    // Meanwhile in Slack.
    Object.assign(ws.find(YARD.id, edited.ts)!, {
      text: backblast(Q, [A, B, C], dateOfTs(edited.ts, TZ)),
      edited: { user: Q, ts: ws.ts(0.5) },
    });
    ws.remove(YARD.id, deleted.ts);
    ws.remove(YARD.id, longAgo.ts);

    const summary = await run();
    expect(summary).toMatchObject({ saved: 0, updated: 1, removed: 1, unchanged: 2 });
    expect(await stored()).toEqual([longAgo.ts, edited.ts, elsewhere.ts, unchanged.ts]);
    expect(await attendees(edited.ts)).toEqual([A, B, C, Q].sort());
    const row = await t.ctx.db
      .selectFrom('beatdowns')
      .select('ts_edited')
      .where('timestamp', '=', edited.ts)
      .executeTakeFirstOrThrow();
    expect(row.ts_edited).toBe((ws.find(YARD.id, edited.ts)!.edited as { ts: string }).ts);
  });

  it('a second run reads only what came after the first', async () => {
    start({}, [YARD]);
    const first = bb(YARD.id, 2, Q, [A]);
    await run();
    const cursor = await findCursor(t.ctx.db, YARD.id);
    expect(cursor).toMatchObject({ pass: null });
    expect(compareTs(cursor!.readTo!, first.ts)).toBeGreaterThan(0);

    // Posted right after the first run's window; the second run is the next night's.
    const at = Math.floor(Number(cursor!.readTo)) + 5;
    const second = ws.post(YARD.id, { ts: `${at}.000000`, user: B, text: backblast(B, [A], dateOfTs(String(at), TZ)) });
    const summary = await run({ ...FAST, now: () => Date.now() + 86_400_000 });
    expect(summary, JSON.stringify(summary)).toMatchObject({ saved: 1, unchanged: 0 });
    const calls = ws.historyCalls(api);
    expect(calls.at(-1)!.params.oldest).toBe(cursor!.readTo);
    expect(await stored()).toEqual([first.ts, second.ts]);
  });

  it('a run stopped in the middle of a channel resumes there, losing nothing', async () => {
    start({ pageCap: 15 }, [YARD]);
    const posted = [];
    for (let i = 0; i < 30; i++) posted.push(bb(YARD.id, 8 - i * 0.25, [Q, A, B, C, D][i % 5]!, [[A, B, C, D, Q][i % 5]!]));
    ws.failNext.push('', 'internal_error');
    const broken = await run({ ...FAST, days: 10 });
    expect(broken.failed).toEqual([{ channel: 'ao-the-yard', error: 'internal_error' }]);
    expect(broken.saved).toBe(15);
    const cursor = await findCursor(t.ctx.db, YARD.id);
    expect(cursor?.readTo).toBeNull();
    expect(cursor?.pass).not.toBeNull();

    const resumed = await run({ ...FAST, days: 10 });
    expect(resumed).toMatchObject({ saved: 15, failed: [], pages: 1 });
    const calls = ws.historyCalls(api);
    expect(calls.at(-1)!.params).toMatchObject({ oldest: cursor!.pass!.oldest, latest: cursor!.pass!.latest });
    expect(await stored()).toEqual(posted.map((m) => m.ts));
    expect(await findCursor(t.ctx.db, YARD.id)).toMatchObject({ readTo: cursor!.pass!.top, pass: null });
  });

  it('honours Retry-After on a refused history call and slows down, so no burst of refusals follows', async () => {
    start({ pageCap: 15, rateLimit: { everyMs: 700, retryAfterSec: 1 } }, [YARD, GRIND]);
    for (let i = 0; i < 20; i++) bb(YARD.id, 6 - i * 0.25, [Q, A, B, C, D][i % 5]!, [B]);
    bb(GRIND.id, 1, Q, [B]);
    const summary = await run();
    expect(summary).toMatchObject({ saved: 21, failed: [] });
    expect(ws.refused).toHaveLength(1);
    const calls = ws.historyCalls(api);
    const refusedAt = calls.indexOf(ws.refused[0]!);
    expect(calls[refusedAt + 1]!.at - ws.refused[0]!.at).toBeGreaterThanOrEqual(1000);
    for (let i = refusedAt + 2; i < calls.length; i++) expect(calls[i]!.at - calls[i - 1]!.at).toBeGreaterThanOrEqual(1000);
  }, 20_000);
});
