import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { optOut } from '../../src/db/queries/optouts.js';
import { sendMonthly, runMonthly } from '../../src/jobs/monthly.js';
import { createWebClient } from '../../src/slack/client.js';
import { createTestRegion, dialects, type TestRegion } from '../support/db.js';
import { SlackApiDouble } from '../support/slack-api.js';
import { DOPPLER, GUMBY, HILL, PIT, RIPCORD, SANDBAG, TATER, YARD, seedRegion } from '../stats/seed.js';
import { sentTwice, trackShares } from './monthly-support.js';

const MONTH = '2026-11';
const REGION_CHANNEL = 'C0REGION';
const DMS = [DOPPLER, GUMBY, RIPCORD, SANDBAG, TATER].map((u) => `D${u}`);
const EVERY_CHANNEL = [...DMS, HILL, PIT, YARD, REGION_CHANNEL];
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe.each(dialects())('the monthly delivery on %s', (dialect) => {
  let api: SlackApiDouble;
  let region: TestRegion;

  beforeEach(async () => {
    api = await SlackApiDouble.start();
    region = await createTestRegion(dialect, { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_API_URL: api.url, REGION_CHANNEL });
    await seedRegion(region.ctx.db);
  });
  afterEach(async () => {
    await api.close();
    await region.cleanup();
  });

  const client = () => createWebClient(region.ctx.settings);

  it("sends each PAX his chart by DM, each AO channel its charts and REGION_CHANNEL the region's, through the upload API", async () => {
    const shares = trackShares(api);
    const report = await sendMonthly(region.ctx, client(), MONTH);

    expect(report.deliveries.map((d) => d.outcome)).toEqual(Array(9).fill('sent'));
    expect(shares.map((s) => s.channel).sort()).toEqual([...EVERY_CHANNEL].sort());
    const files = (channel: string) => shares.find((s) => s.channel === channel)!.fileIds.length;
    expect(DMS.map(files)).toEqual([1, 1, 1, 1, 1]);
    expect([HILL, PIT, YARD].map(files)).toEqual([2, 2, 2]);
    expect(files(REGION_CHANNEL)).toBe(4);
    expect(shares.find((s) => s.channel === `D${DOPPLER}`)!.comment).toBe(
      'Doppler, your posts in November 2026: 4 posts, 7 posts in 2026 so far.',
    );
    expect(
      api
        .callsTo('conversations.open')
        .map((c) => c.params.users)
        .sort(),
    ).toEqual([DOPPLER, GUMBY, RIPCORD, SANDBAG, TATER]);

    // Every file went up as bytes before it was shared: 5 + 6 + 4 PNGs.
    expect(api.callsTo('files.getUploadURLExternal')).toHaveLength(15);
    expect(api.uploads).toHaveLength(15);
    for (const u of api.uploads) expect(u.bytes.includes(PNG_SIGNATURE)).toBe(true);
    expect(api.uploads.map((u) => u.filename)).toContain('pax-doppler-U0DOPPLER-2026-11.png');
    expect(api.calls.every((c) => c.token === 'xoxb-test')).toBe(true);
  });

  it('sends nothing the second time', async () => {
    const shares = trackShares(api);
    await sendMonthly(region.ctx, client(), MONTH);
    const calls = api.calls.length;
    const again = await sendMonthly(region.ctx, client(), MONTH);
    expect(again.deliveries.map((d) => d.outcome)).toEqual(Array(9).fill('already-sent'));
    expect(api.calls.length).toBe(calls);
    expect(shares).toHaveLength(9);
  });

  it('leaves out a PAX who opted out', async () => {
    const shares = trackShares(api);
    await optOut(region.ctx.db, GUMBY, Date.now());
    const report = await sendMonthly(region.ctx, client(), MONTH);
    expect(report.deliveries.find((d) => d.target === GUMBY)!.outcome).toBe('opted-out');
    expect(shares.map((s) => s.channel)).not.toContain(`D${GUMBY}`);
    expect(shares).toHaveLength(8);
  });

  it('sends no region charts without REGION_CHANNEL', async () => {
    const shares = trackShares(api);
    const ctx = { ...region.ctx, settings: { ...region.ctx.settings, regionChannel: undefined } };
    const report = await sendMonthly(ctx, client(), MONTH);
    expect(report.deliveries.map((d) => d.kind)).not.toContain('region');
    expect(shares).toHaveLength(8);
  });

  it('when Slack fails halfway, a rerun sends only what is left, and nothing twice', async () => {
    const shares = trackShares(api, (n) => (n > 3 && n <= 6 ? 'error' : 'ok'));
    const first = await sendMonthly(region.ctx, client(), MONTH);
    expect(first.deliveries.map((d) => d.outcome)).toEqual([
      'sent',
      'sent',
      'sent',
      'failed',
      'failed',
      'failed',
      'sent',
      'sent',
      'sent',
    ]);
    expect(first.deliveries[3]!.error).toBe('internal_error');
    expect(shares).toHaveLength(6);

    const second = await sendMonthly(region.ctx, client(), MONTH);
    expect(second.deliveries.map((d) => d.outcome)).toEqual([
      'already-sent',
      'already-sent',
      'already-sent',
      'sent',
      'sent',
      'sent',
      'already-sent',
      'already-sent',
      'already-sent',
    ]);
    expect(shares.map((s) => s.channel).sort()).toEqual([...EVERY_CHANNEL].sort());
    expect(sentTwice(shares)).toEqual([]);
    const rows = await region.ctx.db.selectFrom('monthly_deliveries').select(['target', 'status', 'attempts']).execute();
    expect(rows.filter((r) => r.status === 'sent')).toHaveLength(9);
    expect(rows.find((r) => r.target === SANDBAG)!.attempts).toBe(2);
  });

  it('waits out a rate limit (Retry-After) and still sends once', async () => {
    const shares = trackShares(api, (n) => (n === 2 ? 'rate-limited' : 'ok'));
    const started = Date.now();
    const report = await sendMonthly(region.ctx, client(), MONTH);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(report.deliveries.every((d) => d.outcome === 'sent')).toBe(true);
    expect(api.callsTo('files.completeUploadExternal')).toHaveLength(10);
    expect(shares).toHaveLength(9);
    expect(sentTwice(shares)).toEqual([]);
  });

  it('renders and lists in a dry run, sending nothing and writing no ledger', async () => {
    trackShares(api);
    const report = await sendMonthly(region.ctx, client(), MONTH, { dryRun: true });
    expect(report.deliveries.map((d) => d.outcome)).toEqual(Array(9).fill('would-send'));
    expect(report.deliveries.find((d) => d.kind === 'region')!.files).toEqual([
      'region-leaderboard-month-2026-11.png',
      'region-leaderboard-ytd-2026-11.png',
      'region-unique-pax-2026-11.png',
      'region-fngs-2026-11.png',
    ]);
    expect(api.calls).toHaveLength(0);
    expect(await region.ctx.db.selectFrom('monthly_deliveries').selectAll().execute()).toEqual([]);
  });

  it('runs one delivery at a time', async () => {
    trackShares(api);
    const [a, b] = await Promise.all([runMonthly(region.ctx, client(), MONTH), runMonthly(region.ctx, client(), MONTH)]);
    const busy = [a, b].filter((r) => 'busy' in r);
    expect(busy).toHaveLength(1);
  });
});
