import type { KnownBlock } from '@slack/types';
import { lastBeatdownDate } from '../../db/queries/stats.js';
import type { Db } from '../../db/types.js';
import { monthName } from '../../stats/period.js';

/**
 * The month `/paxminer region` and `ao` answer for when none is given: this month once it has a
 * beatdown, else the last month that had one (on the 1st, last month), with a line saying so.
 */
export async function defaultMonth(db: Db, today: string, aoId?: string): Promise<{ month: string; note: string }> {
  const current = today.slice(0, 7);
  const last = await lastBeatdownDate(db, today, aoId);
  if (!last || last.slice(0, 7) === current) return { month: current, note: '' };
  const month = last.slice(0, 7);
  return { month, note: `Nothing recorded yet in ${monthName(current)}: here is ${monthName(month)}, the last month with beatdowns.` };
}

/** The answer with the note above it. */
export function withNote<T extends { text: string; blocks: KnownBlock[] }>(message: T, note: string): T {
  if (!note) return message;
  return {
    ...message,
    text: `${note} ${message.text}`,
    blocks: [{ type: 'context', elements: [{ type: 'mrkdwn', text: note }] }, ...message.blocks],
  };
}
