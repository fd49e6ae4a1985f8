import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setSiteQs } from '../../src/db/queries/weekly.js';
import { dialects, type TestRegion } from '../support/db.js';
import { runCli } from '../support/run.js';
import { seededRegion, type SeededRegion } from '../support/seeded.js';
import type { SlackApiDouble } from '../support/slack-api.js';
import { DOPPLER, YARD } from '../stats/seed.js';

describe.each(dialects())('paxminer achievements and weekly on %s', (dialect) => {
  let t: SeededRegion;
  let api: SlackApiDouble;
  let region: TestRegion;
  let env: Record<string, string>;
  beforeEach(async () => {
    t = await seededRegion(dialect, { ADMIN_USER_IDS: 'U0NANTAN' });
    ({ api, region, env } = t);
  });
  afterEach(async () => t.close());

  it("lists the awards, one man's with --user, announcing nothing", async () => {
    await region.ctx.db
      .updateTable('beatdowns')
      .set({ backblast: `Backblast\nAchievement: <@${DOPPLER}> Cadre` })
      .where('bd_date', '=', '2026-11-16')
      .execute();
    const all = await runCli(['achievements'], { env });
    expect(all.code).toBe(0);
    expect(all.stdout).toContain(`2026-11-16\t${DOPPLER}\tDoppler\tCadre\t2026-11-16\tbackblast\t`);
    const one = await runCli(['achievements', '--user', 'U0NOBODY'], { env });
    expect(one).toMatchObject({ code: 0, stdout: '' });
    expect(one.stderr).toContain('0 awards');
    expect(api.callsTo('chat.postMessage')).toEqual([]);
    expect((await runCli(['achievements', '--user'], { env })).code).toBe(2);
  }, 180_000);

  it('prints the weekly report with --dry-run, then sends it once', async () => {
    await setSiteQs(region.ctx.db, YARD, [DOPPLER], 'U0NANTAN', 0);
    const dry = await runCli(['weekly', '--dry-run'], { env });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(new RegExp(`^would-send\\t${DOPPLER}\\t${YARD}\\tWeekly report`, 'm'));
    expect(dry.stdout).toMatch(/^would-send\tU0NANTAN\t/m);
    expect(api.callsTo('chat.postMessage')).toEqual([]);

    const sent = await runCli(['weekly'], { env });
    expect(sent.code).toBe(0);
    expect(sent.stdout).toMatch(new RegExp(`^sent\\t${DOPPLER}\\t`, 'm'));
    const again = await runCli(['weekly'], { env });
    expect(again.stdout).toMatch(new RegExp(`^already-sent\\t${DOPPLER}\\t`, 'm'));
    expect(
      api
        .callsTo('chat.postMessage')
        .map((c) => c.params.channel)
        .sort(),
    ).toEqual([`D${DOPPLER}`, 'DU0NANTAN']);
  }, 180_000);
});
