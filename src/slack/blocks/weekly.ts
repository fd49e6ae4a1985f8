import type { KnownBlock } from '@slack/types';
import { escapeMrkdwn } from '../../backblast/format.js';
import type { AoReport } from '../../weekly/report.js';
import { section } from './achievements.js';

// The weekly report as a DM: one part per AO the recipient looks after.

const LIST = 12;

function list<T>(items: T[], line: (t: T) => string): string {
  const lines = items.slice(0, LIST).map(line);
  if (items.length > LIST) lines.push(`…and ${items.length - LIST} more`);
  return lines.join('\n');
}

function aoBlocks(r: AoReport, aoName: string, weeks: number): KnownBlock[] {
  const blocks: KnownBlock[] = [section(`*#${escapeMrkdwn(aoName)}*`)];
  if (r.kotters.length > 0) {
    blocks.push(
      section(
        `*Not seen for ${weeks}+ weeks*\n` +
          list(r.kotters, (k) => {
            const withWho = k.postedWith.map((c) => `<@${c.pax.id}> (${c.shared})`).join(', ');
            return (
              `• <@${k.userId}>: last post ${k.lastPost}${k.lastAo ? ` at ${escapeMrkdwn(k.lastAo)}` : ''}, ${k.weeksAway} weeks ago; ` +
              `used to come ${k.perWeek}×/week` +
              (withWho ? `; posted most with ${withWho}` : '')
            );
          }),
      ),
    );
  }
  if (r.fngs.length > 0) {
    blocks.push(
      section(
        '*FNGs not back after 3 weeks*\n' +
          list(
            r.fngs,
            (f) => `• ${f.userId ? `<@${f.userId}>` : escapeMrkdwn(f.name)}: first beatdown ${f.date}, Q <@${f.qUserId}>`,
          ),
      ),
    );
  }
  if (r.quietQs.length > 0) {
    blocks.push(
      section(`*Qs who have not led for a while*\n${list(r.quietQs, (q) => `• <@${q.userId}>: last led ${q.lastLed}`)}`),
    );
  }
  if (r.neverLed.length > 0) {
    blocks.push(
      section(`*Regulars who have never led*\n${list(r.neverLed, (n) => `• <@${n.userId}>: ${n.posts} posts in 12 weeks`)}`),
    );
  }
  if (blocks.length === 1) blocks.push(section('Nobody missing: every regular is posting. :muscle:'));
  return blocks;
}

export function weeklyMessage(
  reports: AoReport[],
  aoNames: Map<string, string>,
  weeks: number,
  week: string,
): { text: string; blocks: KnownBlock[] } {
  const missing = reports.reduce((n, r) => n + r.kotters.length, 0);
  const text = `Weekly report (${week}): ${missing} ${missing === 1 ? 'man' : 'men'} missing at ${reports.map((r) => `#${aoNames.get(r.aoId) ?? r.aoId}`).join(', ')}`;
  const blocks: KnownBlock[] = [section(`:wave: *Your weekly report, week of ${week}.* A call or a text brings men back.`)];
  for (const r of reports) blocks.push(...aoBlocks(r, aoNames.get(r.aoId) ?? r.aoId, weeks));
  return { text, blocks: blocks.slice(0, 50) };
}
