import { sql } from '../kysely.js';
import type { Selectable } from 'kysely';
import { dialectOf } from '../dialect.js';
import type { Db, MonthlyDeliveriesTable } from '../types.js';

// The monthly delivery ledger, keyed by (month, kind, target). src/jobs/monthly.ts explains how its
// states make each delivery go out once.

export type DeliveryRow = Selectable<MonthlyDeliveriesTable>;
export type DeliveryStatus = 'sending' | 'sent' | 'failed';

export interface DeliveryKey {
  month: string;
  kind: string;
  target: string;
}

export async function deliveriesOf(db: Db, month: string): Promise<Map<string, DeliveryRow>> {
  const rows = await db.selectFrom('monthly_deliveries').selectAll().where('month', '=', month).execute();
  return new Map(rows.map((r) => [`${r.kind}:${r.target}`, r]));
}

export async function findDelivery(db: Db, key: DeliveryKey): Promise<DeliveryRow | undefined> {
  return db
    .selectFrom('monthly_deliveries')
    .selectAll()
    .where('month', '=', key.month)
    .where('kind', '=', key.kind)
    .where('target', '=', key.target)
    .executeTakeFirst();
}

async function upsert(
  db: Db,
  key: DeliveryKey,
  values: {
    status: DeliveryStatus;
    channel_id?: string | null;
    file_ids?: string | null;
    error: string | null;
    updated_at: number;
    sent_at?: number | null;
  },
  countAttempt: boolean,
): Promise<void> {
  const insert = db.insertInto('monthly_deliveries').values({ ...key, ...values, attempts: countAttempt ? 1 : 0 });
  const update = countAttempt ? { ...values, attempts: sql<number>`${sql.ref('monthly_deliveries.attempts')} + 1` } : values;
  await (
    dialectOf(db) === 'mysql'
      ? insert.onDuplicateKeyUpdate(update)
      : insert.onConflict((oc) => oc.columns(['month', 'kind', 'target']).doUpdateSet(update))
  ).execute();
}

/** The intent, written right before the files are shared: this channel, these files. Counts the attempt. */
export async function markSending(db: Db, key: DeliveryKey, channelId: string, fileIds: string[], at: number): Promise<void> {
  await upsert(
    db,
    key,
    { status: 'sending', channel_id: channelId, file_ids: fileIds.join(','), error: null, updated_at: at },
    true,
  );
}

export async function markSent(db: Db, key: DeliveryKey, at: number): Promise<void> {
  await upsert(db, key, { status: 'sent', error: null, updated_at: at, sent_at: at }, false);
}

/** Nothing was shared (Slack said no, or a step before sharing failed): a later run tries again. */
export async function markFailed(db: Db, key: DeliveryKey, error: string, at: number): Promise<void> {
  await upsert(db, key, { status: 'failed', error: error.slice(0, 1000), updated_at: at }, false);
}
