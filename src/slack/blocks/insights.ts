// The insight answers as Slack messages, laid out for a phone: a header, short sections, two-column
// fields and a context line that says how the figures were counted.

import type { KnownBlock } from '@slack/types';
import { escapeMrkdwn } from '../../backblast/format.js';
import type { AosInsight, AoTrend } from '../../stats/insights/aos.js';
import type { DaysInsight } from '../../stats/insights/days.js';
import type { KotterInsight } from '../../stats/insights/kotters.js';
import type { PaxInsight } from '../../stats/insights/pax.js';
import type { QInsight } from '../../stats/insights/q.js';
import { monthName } from '../../stats/period.js';
import { plural } from '../../words.js';
import { context, fields, header, section } from './kit.js';

export interface InsightMessage {
  text: string;
  blocks: KnownBlock[];
}

/** Slack allows 50 blocks a message; the answer keeps a few for its header and footer. */
const MAX_LIST_BLOCKS = 40;
const LIST_LIMIT = 12;
const SECTION_MAX = 2900;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** "Wed 19 Mar 2025", or without the year. */
export function shortDate(date: string, withYear = true): string {
  const d = new Date(`${date}T00:00:00Z`);
  const text = `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
  return withYear ? `${text} ${d.getUTCFullYear()}` : text;
}

function signed(n: number | null, suffix = ''): string {
  if (n === null) return '';
  return `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(n)}${suffix}`;
}

const fixed = (n: number | null): string => (n === null ? '–' : n.toFixed(1));
const name = (text: string): string => escapeMrkdwn(text);

/** Lines in as few sections as Slack's limits allow; past the block budget, a last line says how many were left out. */
function listSections(lines: string[], budget = MAX_LIST_BLOCKS): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  let current: string[] = [];
  let length = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.slice(0, SECTION_MAX);
    if (current.length > 0 && length + line.length + 1 > SECTION_MAX) {
      blocks.push(section(current.join('\n')));
      current = [];
      length = 0;
      if (blocks.length === budget - 1) {
        blocks.push(section(`… and ${lines.length - i} more (the CLI's \`insights\` lists them all)`));
        return blocks;
      }
    }
    current.push(line);
    length += line.length + 1;
  }
  if (current.length > 0) blocks.push(section(current.join('\n')));
  return blocks;
}

function limited(lines: string[], limit = LIST_LIMIT): string[] {
  return lines.length <= limit ? lines : [...lines.slice(0, limit), `… and ${lines.length - limit} more`];
}

const PERIOD_WORDS = { week: 'this week', month: 'this month', year: 'this year' } as const;

export function paxMessage(a: PaxInsight): InsightMessage {
  const when = PERIOD_WORDS[a.period];
  const most = a.mostAt
    ? `*Posts most ${when} at* ${name(a.mostAt.ao.name)} (${plural(a.mostAt.posts, 'post')})`
    : `*No posts ${when}* yet.`;
  const blocks: KnownBlock[] = [
    header(`${a.pax.name}: posts ${when}`),
    fields([
      ['This week', String(a.posts.week)],
      ['This month', String(a.posts.month)],
      ['This year', String(a.posts.year)],
      ['All time', String(a.posts.allTime)],
    ]),
    section(most),
  ];
  if (a.aos.length > 1) {
    blocks.push(
      section(limited(a.aos.map((r) => `• ${name(r.ao.name)}: ${r.posts} (last ${shortDate(r.lastPost, false)})`)).join('\n')),
    );
  }
  blocks.push(
    context(
      `Q ${a.qs} · Co-Q ${a.coqs} ${when} · as of ${shortDate(a.asOf)}`,
      'A post is one beatdown attended, as PAX, Q or Co-Q. Weeks run Monday to Sunday.',
    ),
  );
  return {
    text: `${a.pax.name}: ${a.posts.week} this week, ${a.posts.month} this month, ${a.posts.year} this year, ${a.posts.allTime} in all`,
    blocks,
  };
}

export function daysMessage(a: DaysInsight): InsightMessage {
  const where = a.ao ? a.ao.name : 'the region';
  const busy = a.days.find((d) => d.day === a.busiest);
  const blocks: KnownBlock[] = [header(`Busiest days: ${where}`)];
  if (!busy) {
    blocks.push(section(`No beatdowns recorded at ${name(where)} from ${shortDate(a.range.from)} to ${shortDate(a.range.to)}.`));
    return { text: `No beatdowns recorded at ${where} in the last ${a.weeks} weeks`, blocks };
  }
  blocks.push(
    section(`*Busiest: ${busy.day}* · ${busy.perWeek} men a week on average, ${fixed(busy.average)} per beatdown`),
    fields(
      a.days
        .filter((d) => d.beatdowns > 0)
        .map((d): [string, string] => [d.day, `${d.perWeek} a week · ${fixed(d.average)} each`]),
    ),
  );
  if (!a.ao && a.aos.length > 0) {
    blocks.push(section("*Each AO's busiest day*"));
    blocks.push(
      ...listSections(
        a.aos.map((ao) => {
          const d = ao.days.find((x) => x.day === ao.busiest)!;
          return `• ${name(ao.ao.name)}: ${ao.busiest} (${fixed(d.average)} per beatdown)`;
        }),
      ),
    );
  }
  blocks.push(
    context(
      `The ${a.weeks} full weeks from ${shortDate(a.range.from)} to ${shortDate(a.range.to)}.`,
      'Attendance counts every man at a beatdown, FNGs included.',
    ),
  );
  return { text: `Busiest day at ${where}: ${busy.day}`, blocks };
}

export function qMessage(a: QInsight): InsightMessage {
  const m = a.month;
  const e = a.effect;
  const blocks: KnownBlock[] = [
    header(`${a.pax.name} as Q`),
    fields([
      [`Q'd in ${monthName(m.month)}`, `${m.qs}${m.coqs > 0 ? ` (+${m.coqs} as Co-Q)` : ''}`],
      ['Beatdowns led in all', String(e.beatdowns)],
    ]),
  ];
  if (m.beatdowns.length > 0) {
    blocks.push(
      section(
        limited(
          m.beatdowns.map((b) => `• ${shortDate(b.date, false)} · ${name(b.ao.name)} · ${b.role} · ${b.headcount} men`),
        ).join('\n'),
      ),
    );
  }
  if (e.verdict === null) {
    blocks.push(
      section(
        e.beatdowns === 0
          ? '*When he Qs*: he has not led a beatdown yet.'
          : '*When he Qs*: no other beatdowns at his AOs to compare with.',
      ),
    );
  } else {
    blocks.push(
      section(
        `*When he Qs*: ${fixed(e.average)} men per beatdown against ${fixed(e.expected)} usually: *${e.verdict}* (${signed(e.percent, '%')})`,
      ),
      section(
        limited(
          e.aos.map((x) =>
            x.others.average === null
              ? `• ${name(x.ao.name)}: ${fixed(x.his.average)} in ${plural(x.his.beatdowns, 'beatdown')}, nobody else led there`
              : `• ${name(x.ao.name)}: ${fixed(x.his.average)} in ${x.his.beatdowns} vs ${fixed(x.others.average)} in ${x.others.beatdowns} (${signed(x.percent, '%')})`,
          ),
        ).join('\n'),
      ),
    );
  }
  blocks.push(
    context(
      `As of ${shortDate(a.asOf)}. Leading means Q or Co-Q. Each AO's usual is the average of its beatdowns he did not lead; attendance includes FNGs.`,
    ),
  );
  return {
    text: `${a.pax.name} Q'd ${plural(m.qs, 'time')} in ${monthName(m.month)}${e.verdict ? `; attendance is ${e.verdict} when he Qs` : ''}`,
    blocks,
  };
}

export function kotterMessage(a: KotterInsight): InsightMessage {
  const blocks: KnownBlock[] = [header(`Kotters: not seen for ${plural(a.weeks, 'week')} or more`)];
  if (a.kotters.length === 0) {
    blocks.push(section(`Nobody with a posting history has been away ${plural(a.weeks, 'week')} or more. :muscle:`));
  } else {
    blocks.push(
      ...listSections(
        a.kotters.map((k) => {
          const last = `${plural(k.weeksAway, 'week')} · last ${shortDate(k.lastPost, false)}${k.lastAo ? ` at ${name(k.lastAo)}` : ''}`;
          const withWhom =
            k.postedWith.length > 0
              ? `\n    used to post with ${k.postedWith.map((c) => `<@${c.pax.id}> (${c.shared})`).join(', ')}`
              : '';
          return `• <@${k.userId}> · ${last}${withWhom}`;
        }),
      ),
    );
  }
  blocks.push(
    context(
      `As of ${shortDate(a.asOf)}: men with a real posting history and no post in ${plural(a.weeks, 'week')}. ` +
        'Used to post with: men still posting who shared the most beatdowns with him in his last half-year (beatdowns shared in brackets).',
    ),
  );
  return { text: `${plural(a.kotters.length, 'kotter')}: not seen for ${plural(a.weeks, 'week')} or more`, blocks };
}

function arrow(t: AoTrend['trend']): string {
  if (t.direction === 'up') return `:arrow_upper_right: ${signed(t.percent, '%')}`;
  if (t.direction === 'down') return `:arrow_lower_right: ${signed(t.percent, '%')}`;
  if (t.direction === 'flat') return `:left_right_arrow: ${signed(t.percent, '%')}`;
  return t.recent.beatdowns === 0 ? 'no beatdowns lately' : 'no year before to compare';
}

export function aosMessage(a: AosInsight): InsightMessage {
  const recent = a.region.trend.recent.months;
  const span = `${monthName(recent[0]!)} to ${monthName(recent[recent.length - 1]!)}`;
  const candidates = a.newAoCandidates.map((c) => name(c.name));
  const verdict =
    candidates.length > 0
      ? `*Time for a new AO?* Yes, beside ${candidates.join(', ')}: running full and growing.`
      : `*Time for a new AO?* Not yet: no AO is both running full and growing.`;
  const full = a.aos.filter((x) => x.runsFull);
  const blocks: KnownBlock[] = [
    header('AO trends'),
    section(verdict),
    fields([
      ['Region, per beatdown', `${fixed(a.region.trend.recent.average)} ${arrow(a.region.trend)}`],
      ['Running full', `${full.length} of ${plural(a.aos.length, 'AO')}`],
    ]),
  ];
  if (a.aos.length > 0) {
    blocks.push(
      ...listSections(
        a.aos.map(
          (x) =>
            `• *${name(x.ao.name)}* ${fixed(x.trend.recent.average)} ${arrow(x.trend)}` +
            (x.bigDay === null ? '' : ` · big day ${x.bigDay}`) +
            (x.runsFull ? ' · *full*' : ''),
        ),
      ),
    );
  } else {
    blocks.push(section('No beatdowns recorded in the last 12 months.'));
  }
  blocks.push(
    context(
      `Average men per beatdown, ${span}, against the same months a year before. ` +
        "Big day: the AO's 90th-percentile attendance over 12 months. " +
        "Running full: the usual day is at 80% of the big day or more, and the AO is among the region's largest quarter.",
    ),
  );
  return {
    text:
      candidates.length > 0
        ? `Time for a new AO beside ${a.newAoCandidates.map((c) => c.name).join(', ')}`
        : 'AO trends: no AO is both running full and growing',
    blocks,
  };
}
