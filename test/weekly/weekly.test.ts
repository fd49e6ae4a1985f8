import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setSiteQs } from '../../src/db/queries/weekly.js';
import { sendWeekly } from '../../src/jobs/weekly.js';
import { createLogger } from '../../src/log.js';
import { openRegion } from '../../src/region.js';
import { createWebClient } from '../../src/slack/client.js';
import { addDays } from '../../src/time.js';
import { setWeeklySchedule } from '../../src/weekly/settings.js';
import { AOS, saveAll, seedUsersAndAos, type GenBeatdown } from '../achievements/region.js';
import { createTestRegion, dialects, type TestRegion } from '../support/db.js';
import { SlackApiDouble } from '../support/slack-api.js';

// A hand-made region: a Q per AO leading every week; men who went missing, one who still posts
// with a kotter, a Q who stopped leading, a regular who never led, an FNG who never came back.

const NANTAN = 'U0NANTAN';
const SITEQ_YARD = 'U0SITEYARD';
const SITEQ_HILL = 'U0SITEHILL';
const [YARDQ, PITQ, HILLQ] = ['U0YARDQ', 'U0PITQ', 'U0HILLQ'];
const KOTTER_YARD = 'U0KYARD';
const KOTTER_PIT = 'U0KPIT';
const BUDDY = 'U0BUDDY';
const QUIETQ = 'U0QUIETQ';
const REGULAR = 'U0REGULAR';
const PEOPLE = [NANTAN, SITEQ_YARD, SITEQ_HILL, YARDQ, PITQ, HILLQ, KOTTER_YARD, KOTTER_PIT, BUDDY, QUIETQ, REGULAR];

/** Monday 2026-11-30, 08:30 in Chicago: the default slot (Monday 08:00) has come. */
const NOW = Date.parse('2026-11-30T14:30:00Z');

function weekly(from: string, to: string, ao: string, q: string, pax: (date: string) => string[]): GenBeatdown[] {
  const out: GenBeatdown[] = [];
  for (let d = from; d <= to; d = addDays(d, 7)) out.push({ ao, date: d, q, pax: pax(d) });
  return out;
}

function region(): GenBeatdown[] {
  return [
    // The Yard, Mondays: the kotter and his buddy until Sep 28, then only the buddy and the quiet Q.
    ...weekly('2026-06-01', '2026-11-23', AOS.yard, YARDQ, (d) => [BUDDY, QUIETQ, ...(d <= '2026-09-28' ? [KOTTER_YARD] : [])]),
    // The quiet Q led the Yard twice in May.
    { ao: AOS.yard, date: '2026-05-04', q: QUIETQ, pax: [BUDDY] },
    { ao: AOS.yard, date: '2026-05-11', q: QUIETQ, pax: [BUDDY] },
    // The Pit, Tuesdays: its kotter stops after Oct 13; an FNG on Nov 3 who never comes back.
    ...weekly('2026-07-07', '2026-11-24', AOS.pit, PITQ, (d) => (d <= '2026-10-13' ? [KOTTER_PIT] : [])).map((b) =>
      b.date === '2026-11-03' ? { ...b, fngs: ['Johnny Utah'] } : b,
    ),
    // The Hill, Wednesdays: a regular who never led.
    ...weekly('2026-08-05', '2026-11-25', AOS.hill, HILLQ, () => [REGULAR]),
  ];
}

describe.each(dialects())('the weekly kotter report on %s', (dialect) => {
  let api: SlackApiDouble;
  let test: TestRegion;

  beforeEach(async () => {
    api = await SlackApiDouble.start();
    test = await createTestRegion(dialect, { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_API_URL: api.url, ADMIN_USER_IDS: NANTAN });
    await seedUsersAndAos(test.ctx.db, Object.fromEntries(PEOPLE.map((p) => [p, p.slice(2).toLowerCase()])));
    await saveAll(test.ctx.db, region());
    await setSiteQs(test.ctx.db, AOS.yard, [SITEQ_YARD], NANTAN, NOW);
    await setSiteQs(test.ctx.db, AOS.hill, [SITEQ_HILL], NANTAN, NOW);
  });
  afterEach(async () => {
    await api.close();
    await test.cleanup();
  });

  const client = () => createWebClient(test.ctx.settings);
  const posts = () => api.callsTo('chat.postMessage');
  const to = (user: string) =>
    posts()
      .filter((p) => p.params.channel === `D${user}`)
      .map((p) => JSON.stringify(p.params.blocks));

  it("sends each site Q his AO's report and the admins the AOs without one, with the right men", async () => {
    const result = await sendWeekly(test.ctx, client(), { now: () => NOW, onSchedule: true });
    expect(result.week).toBe('2026-11-30');
    expect(result.deliveries.map((d) => [d.recipient, d.aoIds, d.outcome]).sort()).toEqual(
      [
        [SITEQ_YARD, [AOS.yard], 'sent'],
        [SITEQ_HILL, [AOS.hill], 'sent'],
        // Every AO without a site Q, by name: ao-iron-pit, ao-ruck-club, qsource.
        [NANTAN, [AOS.pit, AOS.ruck, AOS.qsource], 'sent'],
      ].sort(),
    );
    expect(posts()).toHaveLength(3);

    const [yard] = to(SITEQ_YARD);
    expect(yard).toContain(
      `<@${KOTTER_YARD}>: last post 2026-09-28 at ao-the-yard, 9 weeks ago; used to come 1×/week; posted most with <@${BUDDY}> (18), <@${QUIETQ}> (18), <@${YARDQ}> (18)`,
    );
    expect(yard).toContain(`<@${QUIETQ}>: last led 2026-05-11`);
    expect(yard).not.toContain(KOTTER_PIT);
    expect(yard).toContain(`<@${BUDDY}>: 11 posts in 12 weeks`);
    expect(yard).not.toContain(REGULAR);

    const [pit] = to(NANTAN);
    expect(pit).toContain(`<@${KOTTER_PIT}>: last post 2026-10-13 at ao-iron-pit`);
    expect(pit).toContain(`Johnny Utah: first beatdown 2026-11-03, Q <@${PITQ}>`);
    expect(pit).not.toContain(KOTTER_YARD);

    const [hill] = to(SITEQ_HILL);
    expect(hill).toContain(`<@${REGULAR}>: 12 posts in 12 weeks`);
    expect(hill).not.toContain('Not seen for');
  });

  it('sends once per week and recipient, across a rerun and a restart', async () => {
    await sendWeekly(test.ctx, client(), { now: () => NOW, onSchedule: true });
    expect(posts()).toHaveLength(3);
    const again = await sendWeekly(test.ctx, client(), { now: () => NOW + 3_600_000, onSchedule: true });
    expect(again.deliveries.map((d) => d.outcome)).toEqual(['already-sent', 'already-sent', 'already-sent']);

    // A new process: a fresh handle on the same database.
    const reopened = await openRegion(test.ctx.settings, createLogger('silent', { pretty: false }), { migrate: true });
    try {
      const later = await sendWeekly(reopened, client(), { now: () => NOW + 2 * 86_400_000, onSchedule: true });
      expect(later.deliveries.every((d) => d.outcome === 'already-sent')).toBe(true);
    } finally {
      await reopened.close();
    }
    expect(posts()).toHaveLength(3);
  });

  it('with no site Q and no ADMIN_USER_IDS, sends to the workspace admins and owners, once per week', async () => {
    const OWNER = 'U0OWNER';
    const WSADMIN = 'U0WSADMIN';
    // Two pages, as Slack paginates; bots, deactivated admins and plain members get nothing.
    const pages: Array<Array<Record<string, unknown>>> = [
      [{ id: WSADMIN, is_admin: true }, { id: 'U0PLAIN' }, { id: 'U0ADMINBOT', is_admin: true, is_bot: true }],
      [{ id: OWNER, is_owner: true, is_primary_owner: true }, { id: 'U0GONE', is_admin: true, deleted: true }],
    ];
    api.on('users.list', (p) => {
      const page = p.cursor === 'next' ? 1 : 0;
      return { ok: true, members: pages[page], response_metadata: { next_cursor: page === 0 ? 'next' : '' } };
    });
    await setSiteQs(test.ctx.db, AOS.yard, [], NANTAN, NOW);
    await setSiteQs(test.ctx.db, AOS.hill, [], NANTAN, NOW);
    const ctx = { ...test.ctx, settings: { ...test.ctx.settings, adminUserIds: [] } };

    const result = await sendWeekly(ctx, client(), { now: () => NOW, onSchedule: true });
    const everyAo = [AOS.yard, AOS.pit, AOS.hill, AOS.ruck, AOS.qsource].sort();
    expect(result.unaddressed).toEqual([]);
    expect(result.deliveries.map((d) => [d.recipient, [...d.aoIds].sort(), d.outcome]).sort()).toEqual(
      [
        [OWNER, everyAo, 'sent'],
        [WSADMIN, everyAo, 'sent'],
      ].sort(),
    );
    expect(posts().map((p) => p.params.channel).sort()).toEqual([`D${OWNER}`, `D${WSADMIN}`]);
    expect(to(WSADMIN)[0]).toContain(`<@${KOTTER_PIT}>: last post 2026-10-13 at ao-iron-pit`);

    const again = await sendWeekly(ctx, client(), { now: () => NOW + 3_600_000, onSchedule: true });
    expect(again.deliveries.map((d) => d.outcome)).toEqual(['already-sent', 'already-sent']);
    expect(posts()).toHaveLength(2);
  });

  it('waits for the configured slot, and a man who is back drops off the next report', async () => {
    await setWeeklySchedule(test.ctx.db, { day: 2, hour: 7 }, NOW);
    // Monday: the slot is last Tuesday's, and more than two days late: nothing on schedule.
    const early = await sendWeekly(test.ctx, client(), { now: () => NOW, onSchedule: true });
    expect(early).toMatchObject({ week: '2026-11-24', due: false, deliveries: [] });
    expect(posts()).toHaveLength(0);

    // The Yard's kotter comes back on Tuesday morning; the report at 07:00 Chicago leaves him out.
    await saveAll(test.ctx.db, [{ ao: AOS.yard, date: '2026-12-01', q: YARDQ, pax: [KOTTER_YARD] }], 500);
    const tuesday = await sendWeekly(test.ctx, client(), { now: () => Date.parse('2026-12-01T13:05:00Z'), onSchedule: true });
    expect(tuesday.week).toBe('2026-12-01');
    expect(to(SITEQ_YARD)[0]).not.toContain(KOTTER_YARD);
    expect(posts()).toHaveLength(3);
  });
});
