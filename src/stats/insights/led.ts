import { beatdownsLedBy, type BeatdownHeads, type Range } from '../../db/queries/insights.js';
import type { Db } from '../../db/types.js';
import { coqsOf } from '../../db/rows.js';

// A man leads a beatdown when he is its Q or one of its Co-Qs (the first in `coq_user_id`, all of
// them in the `coq_user_ids` list of its `json`).

export interface Led extends BeatdownHeads {
  role: 'Q' | 'Co-Q';
}

/** The beatdowns he led in a range, oldest first. */
export async function ledBeatdowns(db: Db, userId: string, range: Range): Promise<Led[]> {
  const rows = await beatdownsLedBy(db, userId, range);
  const led: Led[] = [];
  for (const { json, ...b } of rows) {
    if (b.qUserId === userId) led.push({ ...b, role: 'Q' });
    else if (coqsOf(b.coqUserId, json).includes(userId)) led.push({ ...b, role: 'Co-Q' });
  }
  return led;
}
