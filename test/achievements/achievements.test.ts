import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isoWeek } from '../../src/achievements/award.js';
import { setAnnounceTo } from '../../src/achievements/settings.js';
import { allAwards } from '../../src/db/queries/achievements.js';
import { runAchievementsJob } from '../../src/jobs/achievements.js';
import { createWebClient } from '../../src/slack/client.js';
import { createTestRegion, dialects, type TestRegion } from '../support/db.js';
import { SlackApiDouble } from '../support/slack-api.js';
import { AOS, MEN, generateRegion, saveAll, seedUsersAndAos, type GenBeatdown } from './region.js';

const [ALPHA, BRAVO, CHARLIE] = MEN as [string, string, string];
const TODAY = '2026-07-02';
const NOW = Date.parse(`${TODAY}T15:00:00Z`);

/** The awards a man should have, counted the long way from the generated list. */
function handCount(beatdowns: GenBeatdown[], man: string): string[] {
  const mine = beatdowns.filter((b) => b.q === man || b.pax.includes(man));
  const bd = mine.filter((b) => b.ao !== AOS.qsource && b.ao !== AOS.ruck);
  const led = bd.filter((b) => b.q === man);
  const out: string[] = [];
  const by = (list: GenBeatdown[], key: (b: GenBeatdown) => string) => {
    const m = new Map<string, GenBeatdown[]>();
    for (const b of list) m.set(key(b), [...(m.get(key(b)) ?? []), b]);
    return m;
  };
  for (const [week, l] of by(bd, (b) => isoWeek(b.date))) if (l.length >= 6) out.push(`6_pack ${week}`);
  for (const [week, l] of by(led, (b) => isoWeek(b.date))) if (l.length >= 6) out.push(`be_the_hammer_not_the_nail ${week}`);
  for (const [month, l] of by(led, (b) => b.date.slice(0, 7))) {
    if (l.length >= 4) out.push(`leader_of_men ${month}`);
    if (l.length >= 6) out.push(`the_boss ${month}`);
    if (new Set(l.map((b) => b.ao)).size >= 7) out.push(`cadre ${month}`);
  }
  for (const [month, l] of by(
    mine.filter((b) => b.ao === AOS.qsource),
    (b) => b.date.slice(0, 7),
  ))
    if (l.length >= 4) out.push(`the_monk ${month}`);
  if (mine.filter((b) => b.ao === AOS.qsource).length >= 25) out.push('the_priest 2026');
  if (led.length >= 20) out.push('el_presidente 2026');
  for (const [code, n] of [
    ['el_quatro', 25],
    ['golden_boy', 50],
    ['centurion', 100],
    ['karate_kid', 150],
    ['crazy_person', 200],
  ] as const)
    if (bd.length >= n) out.push(`${code} 2026`);
  for (const [, l] of by(bd, (b) => b.ao)) if (l.length >= 50) out.push('holding_down_the_fort 2026');
  return [...new Set(out)].sort();
}

describe.each(dialects())('achievements on %s', (dialect) => {
  let api: SlackApiDouble;
  let region: TestRegion;
  let beatdowns: GenBeatdown[];

  beforeEach(async () => {
    api = await SlackApiDouble.start();
    region = await createTestRegion(dialect, { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_API_URL: api.url });
    await seedUsersAndAos(region.ctx.db);
    beatdowns = generateRegion(14);
    // Alpha: a hand-placed six-pack week (Mon 2026-06-22 … Sat 06-27) at the Yard, leading them all.
    for (let d = 22; d <= 27; d++)
      beatdowns.push({ ao: AOS.yard, date: `2026-06-${d}`, q: ALPHA, pax: [BRAVO], backblast: 'Hand week' });
    // Charlie: a manual award by the Achievement: line, for him alone.
    beatdowns.push({
      ao: AOS.hill,
      date: '2026-06-30',
      q: BRAVO,
      pax: [CHARLIE],
      backblast: `Backblast: Hill\nAchievement: <@${CHARLIE}> The Priest\nCOT`,
    });
    await saveAll(region.ctx.db, beatdowns);
  });
  afterEach(async () => {
    await api.close();
    await region.cleanup();
  });

  const client = () => createWebClient(region.ctx.settings);

  it('awards what a hand count of the records gives, for several men', async () => {
    await runAchievementsJob(region.ctx, client(), { now: () => NOW });
    const awards = await allAwards(region.ctx.db);
    const counted = (man: string) =>
      awards
        .filter((a) => a.userId === man && a.source === 'auto')
        .map((a) => `${(a as { code?: string }).code ?? codeOf(a.name)} ${a.period}`)
        .sort();
    for (const man of MEN.slice(0, 4)) expect(counted(man), man).toEqual(handCount(beatdowns, man));
    expect(counted(ALPHA)).toContain(`6_pack ${isoWeek('2026-06-22')}`);
    expect(counted(ALPHA)).toContain(`be_the_hammer_not_the_nail ${isoWeek('2026-06-22')}`);
    expect(awards.filter((a) => a.source === 'backblast').map((a) => [a.userId, a.name, a.period])).toEqual([
      [CHARLIE, 'The Priest', '2026-06-30'],
    ]);
    expect(awards.length).toBeGreaterThan(10);
  });

  it('stores each award once and announces each recent one once, in the DM by default', async () => {
    const first = await runAchievementsJob(region.ctx, client(), { now: () => NOW });
    const awards = await allAwards(region.ctx.db);
    const recent = awards.filter((a) => a.date >= '2026-06-25');
    expect(recent.length).toBeGreaterThan(0);
    expect(first.announcements.map((a) => a.outcome)).toEqual(recent.map(() => 'sent'));
    const posts = api.callsTo('chat.postMessage');
    expect(posts).toHaveLength(recent.length);
    expect(posts.map((p) => p.params.channel).sort()).toEqual(recent.map((a) => `D${a.userId}`).sort());
    for (const a of recent) {
      expect(posts.filter((p) => p.params.channel === `D${a.userId}`).map((p) => String(p.params.text))).toContain(
        `:trophy: You earned *${a.name}* for ${a.verb} (${a.date}). Congratulations!`,
      );
    }
    expect(recent.map((a) => a.name)).toContain('The Priest');
    // Old awards are on record, quiet.
    expect(awards.filter((a) => a.date < '2026-06-25').every((a) => a.status === 'quiet')).toBe(true);

    const again = await runAchievementsJob(region.ctx, client(), { now: () => NOW + 3_600_000 });
    expect(again.stored).toBe(0);
    expect(again.announcements).toEqual([]);
    expect(api.callsTo('chat.postMessage')).toHaveLength(recent.length);
    expect(await allAwards(region.ctx.db)).toHaveLength(awards.length);
  });

  it("announces in the region's channel when it chose one, and retries a post Slack refused", async () => {
    await setAnnounceTo(region.ctx.db, { kind: 'channel', channel: 'C0KUDOS' }, NOW);
    let refused = 0;
    api.on('chat.postMessage', (p) =>
      refused++ === 0 ? { ok: false, error: 'not_in_channel' } : { ok: true, channel: p.channel, ts: `1.${refused}` },
    );
    const first = await runAchievementsJob(region.ctx, client(), { now: () => NOW });
    expect(first.announcements[0]!.outcome).toBe('failed');
    const again = await runAchievementsJob(region.ctx, client(), { now: () => NOW });
    expect(again.announcements.map((a) => a.outcome)).toEqual(['sent']);
    expect(api.callsTo('chat.postMessage').every((c) => c.params.channel === 'C0KUDOS')).toBe(true);
    expect(String(api.callsTo('chat.postMessage')[1]!.params.text)).toMatch(/<@U0[A-Z]+> earned/);
  });
});

function codeOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}
