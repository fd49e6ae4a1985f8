import type { Selectable } from 'kysely';
import { dialectOf, proposed } from '../dialect.js';
import type { ChannelCursorsTable, Db } from '../types.js';

/** A window of one channel's history being read newest first: (oldest, top), read down to `latest` so far. */
export interface HistoryPass {
  oldest: string;
  latest: string;
  top: string;
}

export interface ChannelCursor {
  channelId: string;
  /** Everything up to this ts has been read; null before the first complete pass. */
  readTo: string | null;
  pass: HistoryPass | null;
}

function cursorOf(row: Selectable<ChannelCursorsTable>): ChannelCursor {
  const pass =
    row.pass_oldest && row.pass_latest && row.pass_top
      ? { oldest: row.pass_oldest, latest: row.pass_latest, top: row.pass_top }
      : null;
  return { channelId: row.channel_id, readTo: row.read_to, pass };
}

export async function findCursor(db: Db, channelId: string): Promise<ChannelCursor | null> {
  const row = await db.selectFrom('channel_cursors').selectAll().where('channel_id', '=', channelId).executeTakeFirst();
  return row ? cursorOf(row) : null;
}

export async function listCursors(db: Db): Promise<ChannelCursor[]> {
  const rows = await db.selectFrom('channel_cursors').selectAll().orderBy('channel_id').execute();
  return rows.map(cursorOf);
}

/** Writes a channel's pass; `readTo` only when given. */
async function put(db: Db, channelId: string, pass: HistoryPass | null, readTo?: string): Promise<void> {
  const dialect = dialectOf(db);
  const row = {
    channel_id: channelId,
    read_to: readTo ?? null,
    pass_oldest: pass?.oldest ?? null,
    pass_latest: pass?.latest ?? null,
    pass_top: pass?.top ?? null,
    updated_at: Date.now(),
  };
  const columns = ['pass_oldest', 'pass_latest', 'pass_top', 'updated_at', ...(readTo !== undefined ? ['read_to'] : [])];
  const set = Object.fromEntries(columns.map((c) => [c, proposed(dialect, c)]));
  const insert = db.insertInto('channel_cursors').values(row);
  await (
    dialect === 'mysql'
      ? insert.onDuplicateKeyUpdate(set as never)
      : insert.onConflict((oc) => oc.column('channel_id').doUpdateSet(set as never))
  ).execute();
}

/** Records how far a pass under way has read, so a restart resumes from there. */
export async function savePass(db: Db, channelId: string, pass: HistoryPass): Promise<void> {
  await put(db, channelId, pass);
}

/** A pass read to its end: everything up to its top is read. */
export async function finishPass(db: Db, channelId: string, readTo: string): Promise<void> {
  await put(db, channelId, null, readTo);
}
