// The text of a backblast posted from the form: the header in the labels PAXminer and slackblast
// read (so every tool in the F3 ecosystem reads it), then the moleskin.

import { attendeeIds, type FormValues } from './form.js';

/** Slack's mrkdwn needs `&`, `<` and `>` escaped in text a person typed. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function mentions(ids: readonly string[]): string {
  return ids.map((id) => `<@${id}>`).join(' ');
}

/** The header lines: title, date, AO, Q, Co-Qs, PAX, FNGs, count. */
export function formatHeader(v: FormValues, counts: { paxCount: number; fngCount: number }): string[] {
  const pax = [mentions(attendeeIds(v)), v.paxNames.map(escapeMrkdwn).join(', ')].filter(Boolean).join(' ');
  const fngs =
    v.fngNames.length > 0
      ? `${counts.fngCount} ${v.fngNames.map(escapeMrkdwn).join(', ')}`
      : counts.fngCount > 0
        ? String(counts.fngCount)
        : 'None';
  const lines = [
    `*Backblast! ${escapeMrkdwn(v.title.trim())}*`,
    `*DATE*: ${v.date}`,
    `*AO*: <#${v.aoChannelId}>`,
    `*Q*: <@${v.qUserId}>`,
  ];
  const coqs = v.coqUserIds.filter((id) => id !== v.qUserId);
  if (coqs.length > 0) lines.push(`*COQ*: ${mentions(coqs)}`);
  lines.push(`*PAX*: ${pax}`, `*FNGs*: ${fngs}`, `*COUNT*: ${counts.paxCount}`);
  return lines;
}

/** The whole post: header, a blank line, the moleskin. */
export function formatBackblast(v: FormValues, counts: { paxCount: number; fngCount: number }): string {
  const header = formatHeader(v, counts).join('\n');
  const moleskin = v.moleskin.trim();
  return moleskin ? `${header}\n\n${escapeMrkdwn(moleskin)}` : header;
}
