import type { Database } from '../../../src/db/types.js';
import type { Kysely } from 'kysely';
import { saveSeedBeatdown } from '../seed.js';

// Known data for the insight tests, saved through the same path every backblast takes.

export interface SeedBeatdown {
  ao: string;
  date: string;
  q: string;
  coqs?: string[];
  pax?: string[];
  /** The stated pax count; defaults to the number of men listed. 0 leaves the count to the attendance rows. */
  count?: number;
  extra?: Record<string, unknown>;
}

export interface Seed {
  users?: Array<[id: string, name: string, app?: number]>;
  aos?: Array<[id: string, name: string]>;
  beatdowns: SeedBeatdown[];
}

export async function seed(db: Kysely<Database>, data: Seed): Promise<void> {
  if (data.users?.length) {
    await db
      .insertInto('users')
      .values(data.users.map(([user_id, user_name, app]) => ({ user_id, user_name, real_name: user_name, app: app ?? 0 })))
      .execute();
  }
  if (data.aos?.length) {
    await db
      .insertInto('aos')
      .values(data.aos.map(([channel_id, ao]) => ({ channel_id, ao, channel_created: 0, archived: 0, backblast: 1 })))
      .execute();
  }
  for (const [i, b] of data.beatdowns.entries()) {
    await saveSeedBeatdown(db, i + 1, { ...b, count: b.count ?? new Set([b.q, ...(b.coqs ?? []), ...(b.pax ?? [])]).size });
  }
}
