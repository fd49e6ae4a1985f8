import { sql } from '../kysely.js';
import { dialectOf, tableUsingIndex, weekdayOf } from '../dialect.js';
import type { Database, Db } from '../types.js';

// The reads behind the region insights (src/stats/insights). Dates are `YYYY-MM-DD`; ranges are
// inclusive. A post is one bd_attendance row: one man at one beatdown, the Q and Co-Q included.

export interface Range {
  from: string;
  to: string;
}

/**
 * A beatdown's headcount: its `pax_count` (the count the Q stated, or every attendee, unresolved
 * name and FNG the parser found) when above zero, else the number of its attendance rows. Expects
 * the beatdown aliased `b`.
 */
const headcount = sql<number>`case when b.pax_count > 0 then b.pax_count else (select count(*) from bd_attendance h
  where h.ao_id = b.ao_id and h.date = b.bd_date and h.q_user_id = b.q_user_id) end`;

const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));

/** A man's posts in each range (same order) and in all, up to `asOf`. */
export async function postCounts(
  db: Db,
  userId: string,
  ranges: Range[],
  asOf: string,
): Promise<{ inRange: number[]; all: number }> {
  const row = await db
    .selectFrom('bd_attendance')
    .select((eb) => [
      eb.fn.countAll().as('all_posts'),
      ...ranges.map((r, i) => sql<number>`sum(case when date between ${r.from} and ${r.to} then 1 else 0 end)`.as(`r${i}`)),
    ])
    .where('user_id', '=', userId)
    .where('date', '<=', asOf)
    .executeTakeFirstOrThrow();
  const values = row as Record<string, unknown>;
  return { inRange: ranges.map((_, i) => num(values[`r${i}`])), all: num(values.all_posts) };
}

/** A man's posts per AO in a range, with his last post there. */
export async function postsByAo(db: Db, userId: string, range: Range) {
  const rows = await db
    .selectFrom('bd_attendance')
    .select((eb) => ['ao_id', eb.fn.countAll().as('posts'), eb.fn.max('date').as('last_post')])
    .where('user_id', '=', userId)
    .where('date', '>=', range.from)
    .where('date', '<=', range.to)
    .groupBy('ao_id')
    .execute();
  return rows.map((r) => ({ aoId: r.ao_id, posts: num(r.posts), lastPost: String(r.last_post) }));
}

/** Beatdowns per AO and weekday (0 Monday … 6 Sunday) in a range, with their summed headcount. */
export async function beatdownsByWeekday(db: Db, range: Range, aoId?: string) {
  const weekday = weekdayOf(dialectOf(db), sql.ref('b.bd_date'));
  let query = db
    .selectFrom('beatdowns as b')
    .select((eb) => [
      'b.ao_id',
      weekday.as('weekday'),
      eb.fn.countAll().as('beatdowns'),
      sql<number>`sum(${headcount})`.as('heads'),
    ])
    .where('b.bd_date', '>=', range.from)
    .where('b.bd_date', '<=', range.to);
  if (aoId !== undefined) query = query.where('b.ao_id', '=', aoId);
  const rows = await query.groupBy(['b.ao_id', weekday]).execute();
  return rows.map((r) => ({ aoId: r.ao_id, weekday: num(r.weekday), beatdowns: num(r.beatdowns), heads: num(r.heads) }));
}

export interface BeatdownHeads {
  aoId: string;
  date: string;
  qUserId: string;
  coqUserId: string | null;
  heads: number;
}

function beatdownHeads(r: {
  ao_id: string;
  bd_date: string;
  q_user_id: string;
  coq_user_id: string | null;
  heads: unknown;
}): BeatdownHeads {
  return { aoId: r.ao_id, date: String(r.bd_date), qUserId: r.q_user_id, coqUserId: r.coq_user_id, heads: num(r.heads) };
}

/**
 * Beatdowns a man may have led in a range, oldest first, with their headcounts: those he was Q of,
 * and those whose Co-Qs (`coq_user_id`, or the `coq_user_ids` list in `json`) may name him. The
 * caller keeps the ones whose Co-Q list holds him (src/stats/coqs.ts).
 */
export async function beatdownsLedBy(db: Db, userId: string, range: Range): Promise<Array<BeatdownHeads & { json: unknown }>> {
  const rows = await db
    .selectFrom('beatdowns as b')
    .select(['b.ao_id', 'b.bd_date', 'b.q_user_id', 'b.coq_user_id', 'b.json', headcount.as('heads')])
    .where((eb) =>
      eb.or([
        eb('b.q_user_id', '=', userId),
        eb.and([
          eb('b.coq_user_id', 'is not', null),
          eb.or([eb('b.coq_user_id', '=', userId), eb(sql`b.json`, 'like', `%"${userId}"%`)]),
        ]),
      ]),
    )
    .where('b.bd_date', '>=', range.from)
    .where('b.bd_date', '<=', range.to)
    .orderBy('b.bd_date')
    .orderBy('b.ao_id')
    .execute();
  return rows.map((r) => ({ ...beatdownHeads(r), json: r.json }));
}

/** Beatdowns and summed headcount per AO in a range, for the given AOs. */
export async function aoTotals(db: Db, aoIds: string[], range: Range) {
  if (aoIds.length === 0) return [];
  const rows = await db
    .selectFrom('beatdowns as b')
    .select((eb) => ['b.ao_id', eb.fn.countAll().as('beatdowns'), sql<number>`sum(${headcount})`.as('heads')])
    .where('b.ao_id', 'in', aoIds)
    .where('b.bd_date', '>=', range.from)
    .where('b.bd_date', '<=', range.to)
    .groupBy('b.ao_id')
    .execute();
  return rows.map((r) => ({ aoId: r.ao_id, beatdowns: num(r.beatdowns), heads: num(r.heads) }));
}

/** A beatdown's AO, month (`YYYY-MM`) and headcount. */
export interface AoBeatdown {
  aoId: string;
  month: string;
  heads: number;
}

/**
 * Every beatdown in a range with its headcount, in no particular order. Read from
 * beatdowns_date_heads_idx alone (the date, the key and the pax count); the rows are returned as
 * they come, unsorted and not copied: at tens of thousands of beatdowns, sorting and copying them
 * cost more than the read itself, and the caller only tallies them.
 */
export async function beatdownsInRange(db: Db, range: Range): Promise<AoBeatdown[]> {
  return db
    .selectFrom('beatdowns as b')
    .select([sql.ref<string>('b.ao_id').as('aoId'), sql<string>`substr(b.bd_date, 1, 7)`.as('month'), headcount.as('heads')])
    .where('b.bd_date', '>=', range.from)
    .where('b.bd_date', '<=', range.to)
    .execute();
}

/**
 * For each man, over his own range of days: the other men (not apps) who were at the same beatdowns
 * (same AO, date and Q), with how many they shared.
 *
 * On MySQL the others are looked up by the beatdown index, by force. MySQL costs a join's inner
 * lookups from the index statistics the server took when it opened the table; a table opened empty
 * and then filled by an import keeps them until it is reopened, and MySQL then looked the others up
 * by the primary key's first column (the Q) alone, walking all of a Q's posts for each of the
 * kotter's beatdowns: five to ten times slower. The hint makes the plan not depend on statistics.
 */
export async function sharedBeatdowns(db: Db, windows: Array<{ userId: string } & Range>) {
  if (windows.length === 0) return [];
  const rows = await db
    .selectFrom('bd_attendance as k')
    .innerJoin(tableUsingIndex<Database['bd_attendance'], 'o'>(dialectOf(db), 'bd_attendance', 'o', 'bd_attendance_beatdown_idx'), (join) =>
      join.onRef('o.ao_id', '=', 'k.ao_id').onRef('o.date', '=', 'k.date').onRef('o.q_user_id', '=', 'k.q_user_id'),
    )
    .select((eb) => ['k.user_id as user_id', 'o.user_id as with_id', eb.fn.countAll().as('shared')])
    .where((eb) =>
      eb.or(windows.map((w) => eb.and([eb('k.user_id', '=', w.userId), eb('k.date', '>=', w.from), eb('k.date', '<=', w.to)]))),
    )
    .whereRef('o.user_id', '<>', 'k.user_id')
    .where('o.user_id', 'not in', (eb) => eb.selectFrom('users').select('user_id').where('app', '=', 1))
    .groupBy(['k.user_id', 'o.user_id'])
    .execute();
  return rows.map((r) => ({ userId: r.user_id, withId: r.with_id, shared: num(r.shared) }));
}

/** Those of the given men with a post from `from` to `to`. */
export async function postedBetween(db: Db, userIds: string[], range: Range): Promise<Set<string>> {
  const ids = [...new Set(userIds)];
  const found = new Set<string>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('bd_attendance')
      .select('user_id')
      .distinct()
      .where('user_id', 'in', ids.slice(i, i + 500))
      .where('date', '>=', range.from)
      .where('date', '<=', range.to)
      .execute();
    for (const r of rows) found.add(r.user_id);
  }
  return found;
}

/** Men whose display name or real name is `name` (case-insensitive), for unescaped `@name` arguments. */
export async function usersNamed(db: Db, name: string) {
  const lower = name.toLowerCase();
  return db
    .selectFrom('users')
    .select(['user_id', 'user_name'])
    .where((eb) => eb.or([eb(eb.fn('lower', ['user_name']), '=', lower), eb(eb.fn('lower', ['real_name']), '=', lower)]))
    .orderBy('user_id')
    .execute();
}

/** The channel whose name is `name` (without `#`), for unescaped `#name` arguments. */
export async function aoNamed(db: Db, name: string) {
  return db
    .selectFrom('aos')
    .select(['channel_id', 'ao'])
    .where((eb) => eb(eb.fn('lower', ['ao']), '=', name.toLowerCase()))
    .orderBy('channel_id')
    .executeTakeFirst();
}
