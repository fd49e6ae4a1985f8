import { describe, expect, it } from 'vitest';
import { computeAwards, isoWeek, postKind, type Post } from '../../src/achievements/award.js';
import type { AchievementDef } from '../../src/achievements/catalogue.js';
import { achievementLines } from '../../src/achievements/manual.js';
import { latestSlot } from '../../src/weekly/settings.js';

const def = (over: Partial<AchievementDef>): AchievementDef => ({
  id: 1,
  code: 'x',
  name: 'X',
  description: '',
  verb: '',
  counted: 'posts',
  threshold: 3,
  period: 'week',
  enabled: true,
  builtin: true,
  ...over,
});
const post = (date: string, over: Partial<Post> = {}): Post => ({
  userId: 'U1',
  aoId: 'C1',
  date,
  led: false,
  kind: 'beatdown',
  ...over,
});

describe('the award calculator', () => {
  it.each([
    ['2026-01-01', '2026-W01'],
    ['2026-12-28', '2026-W53'],
    ['2027-01-03', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['2024-12-30', '2025-W01'],
  ])('ISO week of %s is %s', (date, week) => expect(isoWeek(date)).toBe(week));

  it('awards on the day the threshold is reached, once per period', () => {
    const posts = ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-09', '2026-11-10'].map((d) => post(d));
    expect(computeAwards(posts, [def({})])).toEqual([{ achievementId: 1, userId: 'U1', period: '2026-W45', date: '2026-11-04' }]);
  });

  it.each([
    [
      'qs counts only what he led',
      def({ counted: 'qs', threshold: 2 }),
      [post('2026-11-02', { led: true }), post('2026-11-03'), post('2026-11-04', { led: true })],
      '2026-11-04',
    ],
    [
      'q_aos counts distinct AOs',
      def({ counted: 'q_aos', threshold: 2, period: 'month' }),
      [post('2026-11-02', { led: true }), post('2026-11-03', { led: true }), post('2026-11-09', { led: true, aoId: 'C2' })],
      '2026-11-09',
    ],
    [
      'ao_posts counts one AO',
      def({ counted: 'ao_posts', threshold: 2, period: 'year' }),
      [post('2026-01-02'), post('2026-02-02', { aoId: 'C2' }), post('2026-03-02', { aoId: 'C2' })],
      '2026-03-02',
    ],
    [
      'qsource counts only QSource',
      def({ counted: 'qsource', threshold: 2, period: 'ever' }),
      [post('2025-01-02', { kind: 'qsource' }), post('2026-01-02'), post('2026-03-02', { kind: 'qsource' })],
      '2026-03-02',
    ],
    [
      'posts leave out QSource and rucks',
      def({ threshold: 2 }),
      [post('2026-11-02', { kind: 'ruck' }), post('2026-11-03', { kind: 'qsource' }), post('2026-11-04')],
      null,
    ],
  ])('%s', (_, d, posts, date) => {
    expect(computeAwards(posts, [d]).map((a) => a.date)).toEqual(date === null ? [] : [date]);
  });

  it('skips switched-off and manual entries', () => {
    const posts = ['2026-11-02', '2026-11-03', '2026-11-04'].map((d) => post(d));
    expect(computeAwards(posts, [def({ enabled: false }), def({ counted: 'manual', threshold: null })])).toEqual([]);
  });

  it.each([
    ['qsource', 'Backblast', 'qsource'],
    ['ao-the-yard', 'QSource 2.3: Leadership', 'qsource'],
    ['ao-the-yard', '2.3 Leadership', 'qsource'],
    ['ao-ruck-club', 'Backblast', 'ruck'],
    ['ao-the-yard', 'Backblast: 2.5 miles', 'beatdown'],
  ] as const)('a post at %s with "%s" is a %s post', (ao, text, kind) => expect(postKind(ao, text)).toBe(kind));

  it('reads Achievement: lines with their mentions', () => {
    expect(achievementLines('Backblast\n*Achievement:* <@U1|a> <@U2> - The Monk!\nachievements: Cadre\nCOT')).toEqual([
      { name: 'The Monk', userIds: ['U1', 'U2'] },
      { name: 'Cadre', userIds: [] },
    ]);
  });
});

describe('the weekly slot', () => {
  const monday8 = { day: 1, hour: 8, weeks: 4 };
  it.each([
    ['2026-11-30', 8, '2026-11-30'],
    ['2026-11-30', 7, '2026-11-23'],
    ['2026-12-02', 0, '2026-11-30'],
    ['2026-12-06', 23, '2026-11-30'],
  ])('on %s at %i:00 it is the week of %s', (today, hour, slot) => expect(latestSlot(monday8, today, hour)).toBe(slot));
});
