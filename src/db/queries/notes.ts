import type { Db } from '../types.js';

export interface NoteKey {
  team_id: string;
  channel_id: string;
  ts: string;
  version: string;
}

/**
 * Claims the one note about this message version: true for the caller that inserted the row, false
 * when another event, process or replica already did (the primary key decides, on either dialect).
 */
export async function claimNote(db: Db, key: NoteKey, kind: string, now: number): Promise<boolean> {
  const result = await db
    .insertInto('message_notes')
    .ignore()
    .values({ ...key, kind, sent_at: now })
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}
