import type { Kysely } from 'kysely';
import { createIndexes, dropIndexes, type IndexSpec } from './lib/indexes.js';

// The index the region insights need: a beatdown's attendance by its key (AO, date, Q), with the
// man, so "who else was there" and a beatdown's headcount are answered from the index alone.
// Without it SQLite walks every post of the beatdown's Q.

const INDEXES: IndexSpec[] = [['bd_attendance_beatdown_idx', 'bd_attendance', ['ao_id', 'date', 'q_user_id', 'user_id']]];

export async function up(db: Kysely<any>): Promise<void> {
  await createIndexes(db, INDEXES);
}

export async function down(db: Kysely<any>): Promise<void> {
  await dropIndexes(db, INDEXES);
}
