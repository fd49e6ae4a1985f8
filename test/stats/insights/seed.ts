import { saveBackblast } from '../../../src/db/queries/backblasts.js';
import type { Database } from '../../../src/db/types.js';
import type { Kysely } from 'kysely';

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
  let n = 0;
  for (const b of data.beatdowns) {
    n += 1;
    const people = new Set([b.q, ...(b.coqs ?? []), ...(b.pax ?? [])]);
    const outcome = await saveBackblast(db, {
      ts: `${Date.parse(`${b.date}T12:00:00Z`) / 1000}.${String(n).padStart(6, '0')}`,
      tsEdited: null,
      channel: b.ao,
      aoId: b.ao,
      date: b.date,
      qUserId: b.q,
      coqUserIds: b.coqs ?? [],
      paxUserIds: b.pax ?? [],
      paxCount: b.count ?? people.size,
      fngNames: [],
      fngCount: 0,
      title: `Beatdown ${n}`,
      backblast: `Backblast! Beatdown ${n}`,
      extra: b.extra,
    });
    if (outcome.status !== 'saved') throw new Error(`seed beatdown ${n} not saved: ${outcome.reason}`);
  }
}
