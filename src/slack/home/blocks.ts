import type { KnownBlock } from '@slack/types';
import { plural } from '../../charts/configs/common.js';
import type { AoChannel } from './ao-channels.js';

export const JOIN_AO_CHANNEL = 'join_ao_channel';

/** Rows drawn one per channel; past this the rest are counted, so the Home tab stays within 100 blocks. */
const MAX_ROWS = 40;

function why(c: AoChannel): string {
  const parts = [
    c.why.includes('backblasts') ? plural(c.beatdowns, 'beatdown') + ' recorded' : '',
    c.why.includes('aos') ? 'marked as an AO' : '',
    c.why.includes('name') && !c.why.includes('backblasts') ? 'AO-like name' : '',
  ].filter(Boolean);
  return parts.join(', ');
}

/**
 * The admin's part of the Home tab: the channels that look like AOs, which the bot is not in (a Join
 * button for public ones, the /invite to type for private ones), and which it reads.
 */
export function aoChannelBlocks(channels: AoChannel[], botUserId: string | undefined, notice = ''): KnownBlock[] {
  const missing = channels.filter((c) => !c.isMember);
  const reading = channels.filter((c) => c.isMember);
  const invite = botUserId ? `/invite <@${botUserId}>` : '/invite @PAXminer';
  const blocks: KnownBlock[] = [
    { type: 'divider' },
    { type: 'header', text: { type: 'plain_text', text: 'AO channels (admins)' } },
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text:
          channels.length === 0
            ? 'No channel looks like an AO yet: no backblasts recorded, no channel named like `ao-…`.'
            : `${plural(channels.length, 'channel')} look like AOs. I read backblasts only in channels I am in` +
              (missing.length === 0 ? ', and I am in all of them.' : `: I am not in ${missing.length} of them.`),
      },
    },
  ];
  if (notice) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: notice }] });
  for (const c of missing.slice(0, MAX_ROWS)) {
    const reason = why(c);
    if (c.isPrivate) {
      blocks.push({
        type: 'section',
        text: { type: 'mrkdwn', text: `:lock: <#${c.id}> (${c.name})${reason ? ` · ${reason}` : ''}\nPrivate: type \`${invite}\` in it.` },
      });
    } else {
      blocks.push({
        type: 'section',
        text: { type: 'mrkdwn', text: `<#${c.id}>${reason ? ` · ${reason}` : ''}` },
        accessory: {
          type: 'button',
          action_id: JOIN_AO_CHANNEL,
          text: { type: 'plain_text', text: 'Join' },
          value: c.id,
          style: 'primary',
        },
      });
    }
  }
  if (missing.length > MAX_ROWS) {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `…and ${missing.length - MAX_ROWS} more; join these first.` }] });
  }
  if (reading.length > 0) {
    const names = reading.map((c) => `<#${c.id}>`).join(' ');
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `Reading: ${names}`.slice(0, 2900) }] });
  }
  return blocks;
}
