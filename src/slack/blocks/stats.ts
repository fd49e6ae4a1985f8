// The figures as Slack messages: /mystats, the App Home tab, `/paxminer ao`, `region` and `help`.

import type { HomeView, KnownBlock } from '@slack/types';
import { escapeMrkdwn } from '../../backblast/format.js';
import type { AoMonth } from '../../stats/ao.js';
import type { PaxFigures } from '../../stats/pax.js';
import type { DownrangePosts } from '../../region.js';
import { monthName } from '../../stats/period.js';
import type { Leader, RegionMonth } from '../../stats/region.js';
import type { Subcommand } from '../paxminer/types.js';
import { plural } from '../../words.js';
import { context, fields, header, section } from './kit.js';

export interface StatsMessage {
  text: string;
  blocks: KnownBlock[];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Jun 10, 2025" */
export function niceDate(date: string): string {
  return `${MONTHS[Number(date.slice(5, 7)) - 1]} ${Number(date.slice(8, 10))}, ${date.slice(0, 4)}`;
}

const esc = (text: string): string => escapeMrkdwn(text);

function paxBlocks(f: PaxFigures): KnownBlock[] {
  const soFar = f.asOf !== `${f.year}-12-31`;
  const blocks: KnownBlock[] = [
    fields([
      [
        'Posts',
        `${f.posts.month} in ${monthName(f.month)}\n${f.posts.year} in ${f.year}${soFar ? ' so far' : ''}\n${f.posts.allTime} all time`,
      ],
      [
        'Q',
        `${plural(f.qs.year, 'time')} in ${f.year} (${f.qs.allTime} all time)\nCo-Q ${plural(f.coqs.year, 'time')} (${f.coqs.allTime} all time)`,
      ],
      ['Weekly streak', f.streakWeeks === 0 ? 'none right now' : `${plural(f.streakWeeks, 'week')} in a row`],
      ['Favourite AO', f.favouriteAo ? `${esc(f.favouriteAo.ao)} (${plural(f.favouriteAo.posts, 'post')})` : '–'],
      ['First post', f.firstPost ? niceDate(f.firstPost) : '–'],
      ['Last post', f.lastPost ? niceDate(f.lastPost) : '–'],
    ]),
  ];
  const aos = f.aos.filter((a) => a.yearPosts > 0);
  if (aos.length > 0) {
    blocks.push(section(`*Where you posted in ${f.year}*\n${aos.map((a) => `${esc(a.ao)}: ${a.yearPosts}`).join(' · ')}`));
  }
  return blocks;
}

/** His posts at the deployment's other regions in the year, a line per region (none: no block). */
function downrangeBlocks(year: number, downrange: readonly DownrangePosts[]): KnownBlock[] {
  if (downrange.length === 0) return [];
  const lines = downrange.map(
    (d) => `Downrange: ${esc(d.region)}: ${plural(d.posts, 'post')}${d.last ? `, last ${niceDate(d.last)}` : ''}`,
  );
  return [section(`*Downrange posts in ${year}*\n${lines.join('\n')}`)];
}

/** `/mystats`: a PAX's own figures, and his downrange posts (many-regions mode). */
export function mystatsMessage(f: PaxFigures, note: string, downrange: readonly DownrangePosts[] = []): StatsMessage {
  const text = `Your F3 figures: ${plural(f.posts.month, 'post')} in ${monthName(f.month)}, ${f.posts.year} in ${f.year}, ${f.posts.allTime} all time.`;
  if (f.posts.allTime === 0 && f.qs.allTime === 0) {
    const none = "I have no posts of yours on record yet. Once you're on a backblast, your figures show up here.";
    return { text: none, blocks: [section(none), ...downrangeBlocks(f.year, downrange)] };
  }
  return {
    text,
    blocks: [
      header(`${f.name}'s F3 figures`),
      ...paxBlocks(f),
      ...downrangeBlocks(f.year, downrange),
      context(`As of ${niceDate(f.asOf)}. ${note}`),
    ],
  };
}

/** The App Home tab: the same figures, always at hand. */
export function homeView(f: PaxFigures, downrange: readonly DownrangePosts[] = []): HomeView {
  const blocks: KnownBlock[] =
    f.posts.allTime === 0 && f.qs.allTime === 0
      ? [
          header('Your F3 figures'),
          section("No posts of yours on record yet. Once you're on a backblast, your figures show up here."),
        ]
      : [header(`${f.name}'s F3 figures`), ...paxBlocks(f)];
  blocks.push(...downrangeBlocks(f.year, downrange));
  blocks.push(
    context(`As of ${niceDate(f.asOf)}. \`/mystats\` sends your chart; \`/paxminer optout\` stops the monthly chart DM.`),
  );
  return { type: 'home', blocks };
}

function leaderLines(leaders: Leader[], limit: number): string {
  return leaders
    .slice(0, limit)
    .map((l, i) => `${i + 1}. ${esc(l.name)}: ${plural(l.posts, 'post')}, ${plural(l.aos, 'AO')}`)
    .join('\n');
}

/** `/paxminer ao`: an AO's month. */
export function aoMessage(m: AoMonth, chartsNote: string): StatsMessage {
  const title = `${m.ao} in ${monthName(m.month)}`;
  if (m.beatdowns === 0 && m.posts === 0) {
    const text = `No beatdowns recorded at ${esc(m.ao)} in ${monthName(m.month)}.`;
    return { text, blocks: [section(text)] };
  }
  const qs = m.qs.map((q) => `${esc(q.name)} ${q.qs}${q.coqs > 0 ? ` (+${q.coqs} Co-Q)` : ''}`).join(' · ');
  const top = m.pax
    .slice(0, 10)
    .map((p) => `${esc(p.name)} ${p.posts}`)
    .join(' · ');
  return {
    text: `${title}: ${plural(m.beatdowns, 'beatdown')}, ${plural(m.posts, 'post')}, ${m.uniquePax} PAX, ${plural(m.fngs, 'FNG')}.`,
    blocks: [
      header(title),
      fields([
        ['Beatdowns', String(m.beatdowns)],
        ['Posts', String(m.posts)],
        ['Unique PAX', String(m.uniquePax)],
        ['Average attendance', `${m.averageAttendance} per beatdown`],
        ['FNGs', String(m.fngs)],
      ]),
      section(`*Qs*\n${qs || '–'}`),
      section(`*Most posts*\n${top || '–'}`),
      context(chartsNote),
    ],
  };
}

/** `/paxminer region`: the region's month and year so far. */
export function regionMessage(r: RegionMonth, chartsNote: string): StatsMessage {
  const title = `The region in ${monthName(r.month)}`;
  const year = r.month.slice(0, 4);
  return {
    text: `${title}: ${plural(r.beatdowns, 'beatdown')} at ${plural(r.activeAos, 'AO')}, ${plural(r.posts, 'post')}, ${r.uniquePax} PAX, ${plural(r.fngs, 'FNG')}.`,
    blocks: [
      header(title),
      fields([
        ['Beatdowns', `${r.beatdowns} at ${plural(r.activeAos, 'AO')}`],
        ['Posts', String(r.posts)],
        ['Unique PAX', String(r.uniquePax)],
        ['FNGs', String(r.fngs)],
      ]),
      section(`*Most posts, ${monthName(r.month)}*\n${leaderLines(r.leaders.month.byPosts, 10) || '–'}`),
      section(`*Most AOs visited, ${monthName(r.month)}*\n${leaderLines(r.leaders.month.byAos, 5) || '–'}`),
      section(`*Most posts, ${year} so far*\n${leaderLines(r.leaders.yearToDate.byPosts, 10) || '–'}`),
      context(chartsNote),
    ],
  };
}

/** `/paxminer help`: what can be asked; region-wide answers are marked for those who may not have them. */
export function helpMessage(list: readonly Subcommand[], isAdmin: boolean, unknown?: string): StatsMessage {
  const lines = list.map((s) => {
    const mark = s.access === 'admin' && !isAdmin ? ' _(Nantans and admins)_' : '';
    return `\`/paxminer ${s.usage}\`: ${s.summary}${mark}`;
  });
  const intro = unknown ? `I don't know \`/paxminer ${unknown}\`. Here is what I can do:` : 'Here is what I can do:';
  return {
    text: `${intro} ${list.map((s) => s.name).join(', ')}`,
    blocks: [
      section(intro),
      section(lines.join('\n')),
      context('`/mystats` shows your own figures and chart. Answers are private to you.'),
    ],
  };
}
