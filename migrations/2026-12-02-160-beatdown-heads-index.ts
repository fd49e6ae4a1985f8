import type { Kysely } from 'kysely';
import { createIndexes, dropIndexes, type IndexSpec } from './lib/indexes.js';

// The AO trends (`/paxminer aos`) read every beatdown of the last 15 months with its headcount. By
// date alone each one is fetched from the table (backblast text and all), and MariaDB chose to scan
// the whole table; this index holds what the read needs (the beatdown's key and pax count), so a
// date range is answered from the index alone, however many years the region has.

const INDEXES: IndexSpec[] = [['beatdowns_date_heads_idx', 'beatdowns', ['bd_date', 'ao_id', 'q_user_id', 'pax_count']]];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await createIndexes(db, INDEXES);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await dropIndexes(db, INDEXES);
}
