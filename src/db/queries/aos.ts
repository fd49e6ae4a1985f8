import type { SlackChannel } from '../../backblast/types.js';
import { upsertRows } from '../upsert.js';
import type { AoRow, Db } from '../types.js';
import { fit } from './users.js';

export function aoRow(c: SlackChannel, backblast: number | null = null): AoRow {
  return {
    channel_id: c.id,
    ao: fit(c.name ?? c.id) ?? c.id,
    channel_created: c.created ?? 0,
    archived: c.is_archived ? 1 : 0,
    backblast,
  };
}

/**
 * Inserts or refreshes channels. The `backblast` switch is the region's choice: a row's switch changes
 * only when a value is given (`markBackblast`).
 */
export async function upsertAos(
  db: Db,
  channels: readonly SlackChannel[],
  options: { markBackblast?: boolean } = {},
): Promise<void> {
  const rows = channels.map((c) => aoRow(c, options.markBackblast ? 1 : null));
  await upsertRows(db, 'aos', rows, {
    key: ['channel_id'],
    update: ['ao', 'archived'],
    keep: ['backblast'],
    keepNonZero: ['channel_created'],
  });
}

/**
 * Turns PAXminer's `backblast` switch on for channels that have recorded beatdowns and no switch
 * yet, so companion tools that list AOs by it see them. A region's explicit 0 stays.
 */
export async function markAosWithBackblasts(db: Db): Promise<number> {
  const result = await db
    .updateTable('aos')
    .set({ backblast: 1 })
    .where('backblast', 'is', null)
    .where('channel_id', 'in', db.selectFrom('beatdowns').select('ao_id').distinct())
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function findAo(db: Db, channelId: string) {
  return db.selectFrom('aos').selectAll().where('channel_id', '=', channelId).executeTakeFirst();
}

export async function listAos(db: Db) {
  return db.selectFrom('aos').selectAll().orderBy('ao').execute();
}

/** Recorded beatdowns per AO channel. */
export async function beatdownsPerAo(db: Db): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('beatdowns')
    .select((eb) => ['ao_id', eb.fn.countAll().as('beatdowns')])
    .groupBy('ao_id')
    .execute();
  return new Map(rows.map((r) => [r.ao_id, Number(r.beatdowns)]));
}
