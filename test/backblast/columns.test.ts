import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fitColumns } from '../../src/backblast/columns.js';
import type { BeatdownRecord } from '../../src/db/queries/backblasts.js';
import { reconcile } from '../../src/jobs/reconcile.js';
import { createWebClient } from '../../src/slack/client.js';
import { dateOfTs } from '../../src/time.js';
import { createTestRegion, dialects, type TestRegion } from '../support/db.js';
import { SlackApiDouble } from '../support/slack-api.js';
import { Workspace, user } from '../jobs/reconcile-workspace.js';

const base: BeatdownRecord = {
  ts: '1700000000.000100',
  tsEdited: null,
  channel: 'C0YARD',
  aoId: 'C0YARD',
  date: '2025-01-02',
  qUserId: 'U0QUAIL',
  coqUserIds: [],
  paxUserIds: ['U0BISON', 'U0OTTER'],
  paxCount: 3,
  fngNames: [],
  fngCount: 0,
  title: 'Murder bunnies',
  backblast: 'text',
  extra: { warnings: [] },
};
const LONG_ID = `U${'9'.repeat(60)}`;

describe('fitColumns', () => {
  it.each([
    ['a count past the integer column', { paxCount: 1e20 }, { paxCount: 3 }, /count 100000000000000000000 is not a headcount; recorded 3/],
    ['a negative count', { paxCount: -4 }, { paxCount: 3 }, /count -4/],
    ['an FNG count past the column', { fngCount: 2 ** 40, fngNames: ['Tumbleweed'] }, { fngCount: 1 }, /FNG count/],
    ['a mention too long for an id', { paxUserIds: ['U0BISON', LONG_ID] }, { paxUserIds: ['U0BISON'] }, /not a Slack user id/],
    ['a lone surrogate in the text', { backblast: 'ok \uD83D then', title: 'x\uDC00' }, { backblast: 'ok \uFFFD then', title: 'x\uFFFD' }, /broken/],
  ])('%s', (_name, change, expected, warning) => {
    const out = fitColumns({ ...base, ...change } as BeatdownRecord);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.record).toMatchObject(expected);
    expect(out.warnings.join(' ')).toMatch(warning);
  });

  it('keeps a record that fits as it is, without a warning', () => {
    expect(fitColumns(base)).toEqual({ ok: true, record: base, warnings: [] });
  });

  it('refuses a Q or AO id no column can hold', () => {
    expect(fitColumns({ ...base, qUserId: LONG_ID })).toMatchObject({ ok: false, problem: expect.stringMatching(/Q/) });
    expect(fitColumns({ ...base, aoId: `C${'1'.repeat(50)}` })).toMatchObject({ ok: false, problem: expect.stringMatching(/AO/) });
  });
});

const Q = user('U0QUAIL', 'Quail');
const A = user('U0BISON', 'Bison');
const YARD = { id: 'C0YARD', name: 'ao-the-yard', created: 1_600_000_000, is_member: true };

describe.each(dialects())('out-of-range values in the nightly run on %s', (dialect) => {
  let api: SlackApiDouble;
  let t: TestRegion;
  let ws: Workspace;
  beforeEach(async () => {
    api = await SlackApiDouble.start();
    t = await createTestRegion(dialect, { SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_API_URL: api.url, REGION_TZ: 'America/Chicago' });
    ws = new Workspace([Q, A], [YARD]).install(api);
  });
  afterEach(async () => {
    await api.close();
    await t.cleanup();
  });

  it('stores a huge count and a broken character in range, and reads the backblasts after it', async () => {
    const text = (ts: string, count: string, extra = '') =>
      `Backblast! Bunnies${extra}\nDate: ${dateOfTs(ts, 'America/Chicago')}\nQ: <@${Q.id}>\nPAX: <@${A.id}>\nCount: ${count}\n\nWarmup \uD83D done`;
    const bad = ws.ts(3);
    ws.post(YARD.id, { ts: bad, user: Q.id, text: text(bad, '99999999999999999999') });
    const later = ws.ts(2);
    ws.post(YARD.id, { ts: later, user: Q.id, text: text(later, '2') });
    const summary = await reconcile(t.ctx, createWebClient(t.ctx.settings, t.ctx.log), { pacing: { intervalMs: 0 } });
    expect(summary.failed).toEqual([]);
    const rows = await t.ctx.db.selectFrom('beatdowns').select(['timestamp', 'pax_count', 'backblast', 'json']).orderBy('timestamp').execute();
    expect(rows.map((r) => [r.timestamp, r.pax_count])).toEqual([
      [bad, 2],
      [later, 2],
    ]);
    expect(rows[0]!.backblast).toContain('Warmup \uFFFD done');
    const json = (typeof rows[0]!.json === 'string' ? JSON.parse(rows[0]!.json) : rows[0]!.json) as { warnings: string[] };
    expect(json.warnings.join(' ')).toMatch(/not a headcount/);
  });

  it('reads on past a message the database refuses, and names it', async () => {
    const text = (ts: string) => `Backblast! Bunnies\nDate: ${dateOfTs(ts, 'America/Chicago')}\nQ: <@${Q.id}>\nPAX: <@${A.id}>\nCount: 2`;
    // A ts longer than the varchar(45) column: MariaDB refuses the row, SQLite keeps it.
    const odd = `${ws.ts(3)}${'1'.repeat(40)}`;
    ws.post(YARD.id, { ts: odd, user: Q.id, text: text(odd) });
    const later = ws.ts(2);
    ws.post(YARD.id, { ts: later, user: Q.id, text: text(later) });
    const summary = await reconcile(t.ctx, createWebClient(t.ctx.settings, t.ctx.log), { pacing: { intervalMs: 0 } });
    expect(summary.failed).toEqual([]);
    const stored = (await t.ctx.db.selectFrom('beatdowns').select('timestamp').execute()).map((r) => r.timestamp);
    expect(stored).toContain(later);
    if (dialect === 'mysql') expect(summary.refused).toMatchObject([{ ts: odd, problem: expect.stringMatching(/could not be stored/) }]);
  });
});
