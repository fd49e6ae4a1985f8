import { sql } from '../kysely.js';
import type { Db } from '../types.js';

// The reads behind the figures and charts (src/stats). A post is one bd_attendance row: one PAX at
// one beatdown, the Q and Co-Qs included. Dates are `YYYY-MM-DD`; ranges are inclusive.

export interface DateRange {
  from: string;
  to: string;
}

const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));

const inRange = (column: string, r: DateRange) =>
  sql<number>`sum(case when ${sql.ref(column)} between ${r.from} and ${r.to} then 1 else 0 end)`;

/** `YYYY-MM` of a date column (a varchar on bd_attendance, a date on beatdowns; substr reads both). */
const monthOfColumn = (column: string) => sql<string>`substr(${sql.ref(column)}, 1, 7)`;

/** A PAX's posts per AO: all time, in `year` and in `month`, with his first and last post there. */
export async function paxPostsByAo(db: Db, userId: string, year: DateRange, month: DateRange) {
  const rows = await db
    .selectFrom('bd_attendance as a')
    .leftJoin('aos', 'aos.channel_id', 'a.ao_id')
    .select((eb) => [
      'a.ao_id',
      eb.fn.max('aos.ao').as('ao'),
      eb.fn.countAll().as('posts'),
      inRange('a.date', year).as('year_posts'),
      inRange('a.date', month).as('month_posts'),
      eb.fn.min('a.date').as('first_post'),
      eb.fn.max('a.date').as('last_post'),
    ])
    .where('a.user_id', '=', userId)
    .groupBy('a.ao_id')
    .execute();
  return rows.map((r) => ({
    aoId: r.ao_id,
    ao: r.ao ?? r.ao_id,
    posts: num(r.posts),
    yearPosts: num(r.year_posts),
    monthPosts: num(r.month_posts),
    firstPost: String(r.first_post),
    lastPost: String(r.last_post),
  }));
}

/** The distinct days a PAX posted on, newest first. */
export async function paxPostDates(db: Db, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('bd_attendance')
    .select('date')
    .distinct()
    .where('user_id', '=', userId)
    .orderBy('date', 'desc')
    .execute();
  return rows.map((r) => r.date);
}

/** Beatdowns a PAX led as Q: all time and in `year`. */
export async function paxQCounts(db: Db, userId: string, year: DateRange): Promise<{ all: number; year: number }> {
  const row = await db
    .selectFrom('beatdowns')
    .select((eb) => [eb.fn.countAll().as('all_qs'), inRange('bd_date', year).as('year_qs')])
    .where('q_user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return { all: num(row.all_qs), year: num(row.year_qs) };
}

/**
 * Beatdowns a PAX attended that had a Co-Q and someone else as Q: the candidates for his Co-Qs. Whether
 * he was one of them is in `coq_user_id` (the first Co-Q) or the `coq_user_ids` list of `json`.
 */
export async function paxCoqCandidates(db: Db, userId: string) {
  const rows = await db
    .selectFrom('bd_attendance as a')
    .innerJoin('beatdowns as b', (j) =>
      j.onRef('b.ao_id', '=', 'a.ao_id').onRef('b.bd_date', '=', 'a.date').onRef('b.q_user_id', '=', 'a.q_user_id'),
    )
    .select(['b.bd_date', 'b.coq_user_id', 'b.json'])
    .where('a.user_id', '=', userId)
    .where('b.q_user_id', '<>', userId)
    .where('b.coq_user_id', 'is not', null)
    .execute();
  return rows.map((r) => ({ date: String(r.bd_date), coqUserId: r.coq_user_id, json: r.json }));
}

/** A user's name as the region knows it (PAXminer's `user_name`), if known. */
export async function userName(db: Db, userId: string): Promise<string | undefined> {
  const row = await db.selectFrom('users').select('user_name').where('user_id', '=', userId).executeTakeFirst();
  return row?.user_name;
}

/** Names of users by id. */
export async function userNames(db: Db, userIds: readonly string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const ids = [...new Set(userIds)];
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('users')
      .select(['user_id', 'user_name'])
      .where('user_id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const r of rows) names.set(r.user_id, r.user_name);
  }
  return names;
}

/** Every AO the region has, with its channel name. */
export async function aoNames(db: Db): Promise<Map<string, string>> {
  const rows = await db.selectFrom('aos').select(['channel_id', 'ao']).execute();
  return new Map(rows.map((r) => [r.channel_id, r.ao]));
}

/**
 * Every AO (a channel with a recorded beatdown) with its channel's creation time, the order AO colours
 * are handed out in; other channels (1st-F, chatter) take no colour.
 *
 * One index probe per channel for its first beatdown. `in (select distinct ao_id …)` read every
 * beatdown on SQLite, and on MariaDB too when its statistics were stale (after an import); a scalar
 * subquery with a limit is never turned into a join, so the plan holds either way.
 */
export async function aoCreation(db: Db): Promise<Array<{ id: string; created: number }>> {
  const rows = await db
    .selectFrom('aos as a')
    .select(['a.channel_id', 'a.channel_created'])
    .where((eb) => eb(eb.selectFrom('beatdowns as b').select('b.ao_id').whereRef('b.ao_id', '=', 'a.channel_id').limit(1), 'is not', null))
    .execute();
  return rows.map((r) => ({ id: r.channel_id, created: Number(r.channel_created) || 0 }));
}

/** The latest beatdown date up to `today` (at one AO when given), or undefined when there is none. */
export async function lastBeatdownDate(db: Db, today: string, aoId?: string): Promise<string | undefined> {
  let q = db.selectFrom('beatdowns').select((eb) => eb.fn.max('bd_date').as('last')).where('bd_date', '<=', today);
  if (aoId !== undefined) q = q.where('ao_id', '=', aoId);
  const row = await q.executeTakeFirst();
  return row?.last ? String(row.last).slice(0, 10) : undefined;
}

/** A PAX's posts per AO and month in a range. */
export async function paxPostsByAoMonth(db: Db, userId: string, range: DateRange) {
  const month = monthOfColumn('date');
  const rows = await db
    .selectFrom('bd_attendance')
    .select((eb) => ['ao_id', month.as('month'), eb.fn.countAll().as('posts')])
    .where('user_id', '=', userId)
    .where('date', '>=', range.from)
    .where('date', '<=', range.to)
    .groupBy(['ao_id', month])
    .execute();
  return rows.map((r) => ({ aoId: r.ao_id, month: String(r.month), posts: num(r.posts) }));
}

/** An AO's beatdowns in a range, with each one's attendance rows counted. */
export async function aoBeatdowns(db: Db, aoId: string, range: DateRange) {
  const rows = await db
    .selectFrom('beatdowns as b')
    .select([
      'b.bd_date',
      'b.q_user_id',
      'b.coq_user_id',
      'b.pax_count',
      'b.fng_count',
      'b.json',
      sql<number>`(select count(*) from bd_attendance h
        where h.ao_id = b.ao_id and h.date = b.bd_date and h.q_user_id = b.q_user_id)`.as('attendance'),
    ])
    .where('b.ao_id', '=', aoId)
    .where('b.bd_date', '>=', range.from)
    .where('b.bd_date', '<=', range.to)
    .orderBy('b.bd_date')
    .execute();
  return rows.map((r) => ({
    date: String(r.bd_date),
    qUserId: r.q_user_id,
    coqUserId: r.coq_user_id,
    paxCount: r.pax_count === null ? null : Number(r.pax_count),
    fngCount: num(r.fng_count),
    json: r.json,
    attendance: num(r.attendance),
  }));
}

/** Posts per PAX at an AO in a range. */
export async function aoPostsByPax(db: Db, aoId: string, range: DateRange) {
  const rows = await db
    .selectFrom('bd_attendance')
    .select((eb) => ['user_id', eb.fn.countAll().as('posts')])
    .where('ao_id', '=', aoId)
    .where('date', '>=', range.from)
    .where('date', '<=', range.to)
    .groupBy('user_id')
    .execute();
  return rows.map((r) => ({ userId: r.user_id, posts: num(r.posts) }));
}

/**
 * The region's leaderboard for a range: each PAX's posts and distinct AOs, best first by `by`,
 * ties by the other figure, then by user id.
 */
export async function leaderboard(db: Db, range: DateRange, options: { by: 'posts' | 'aos'; limit: number }) {
  const posts = sql<number>`count(*)`;
  const aos = sql<number>`count(distinct a.ao_id)`;
  const [first, second] = options.by === 'posts' ? [posts, aos] : [aos, posts];
  const rows = await db
    .selectFrom('bd_attendance as a')
    .leftJoin('users as u', 'u.user_id', 'a.user_id')
    .select((eb) => ['a.user_id', eb.fn.max('u.user_name').as('name'), posts.as('posts'), aos.as('aos')])
    .where('a.date', '>=', range.from)
    .where('a.date', '<=', range.to)
    .where((eb) => eb.or([eb('u.app', 'is', null), eb('u.app', '=', 0)]))
    .groupBy('a.user_id')
    .orderBy(first, 'desc')
    .orderBy(second, 'desc')
    .orderBy('a.user_id')
    .limit(options.limit)
    .execute();
  return rows.map((r) => ({ userId: r.user_id, name: r.name ?? r.user_id, posts: num(r.posts), aos: num(r.aos) }));
}

/** Distinct PAX per AO and month in a range. */
export async function uniquePaxByAoMonth(db: Db, range: DateRange) {
  const month = monthOfColumn('date');
  const rows = await db
    .selectFrom('bd_attendance')
    .select(['ao_id', month.as('month'), sql<number>`count(distinct user_id)`.as('pax')])
    .where('date', '>=', range.from)
    .where('date', '<=', range.to)
    .groupBy(['ao_id', month])
    .execute();
  return rows.map((r) => ({ aoId: r.ao_id, month: String(r.month), pax: num(r.pax) }));
}

/** Beatdowns and FNGs per AO and month in a range. */
export async function beatdownsByAoMonth(db: Db, range: DateRange) {
  const month = monthOfColumn('bd_date');
  const rows = await db
    .selectFrom('beatdowns')
    .select((eb) => ['ao_id', month.as('month'), eb.fn.countAll().as('beatdowns'), eb.fn.sum('fng_count').as('fngs')])
    .where('bd_date', '>=', range.from)
    .where('bd_date', '<=', range.to)
    .groupBy(['ao_id', month])
    .execute();
  return rows.map((r) => ({ aoId: r.ao_id, month: String(r.month), beatdowns: num(r.beatdowns), fngs: num(r.fngs) }));
}

/** Posts and distinct PAX in a range, region-wide. */
export async function attendanceTotals(db: Db, range: DateRange): Promise<{ posts: number; pax: number }> {
  const row = await db
    .selectFrom('bd_attendance')
    .select((eb) => [eb.fn.countAll().as('posts'), sql<number>`count(distinct user_id)`.as('pax')])
    .where('date', '>=', range.from)
    .where('date', '<=', range.to)
    .executeTakeFirstOrThrow();
  return { posts: num(row.posts), pax: num(row.pax) };
}

/** Every PAX (not a bot) who posted in a range, by user id. */
export async function paxWhoPosted(db: Db, range: DateRange): Promise<string[]> {
  const rows = await db
    .selectFrom('bd_attendance as a')
    .leftJoin('users as u', 'u.user_id', 'a.user_id')
    .select('a.user_id')
    .distinct()
    .where('a.date', '>=', range.from)
    .where('a.date', '<=', range.to)
    .where((eb) => eb.or([eb('u.app', 'is', null), eb('u.app', '=', 0)]))
    .orderBy('a.user_id')
    .execute();
  return rows.map((r) => r.user_id);
}

/** Every AO with a beatdown in a range. */
export async function aosWithBeatdowns(db: Db, range: DateRange): Promise<string[]> {
  const rows = await db
    .selectFrom('beatdowns')
    .select('ao_id')
    .distinct()
    .where('bd_date', '>=', range.from)
    .where('bd_date', '<=', range.to)
    .orderBy('ao_id')
    .execute();
  return rows.map((r) => r.ao_id);
}

/**
 * The kotter list's rows: PAX (not bots) whose last post is before `quietSince` but not before
 * `activeSince`, with at least `minPosts` posts in all. See src/stats/kotter.ts for the definition.
 */
export async function quietPax(db: Db, options: { quietSince: string; activeSince: string; minPosts: number }) {
  // Last posts first, from the (user_id, date) index alone (MySQL reads one entry per man: a loose
  // index scan); only the few men quiet in the window then have their posts counted. Counting every
  // man's posts first, joined to users, made MySQL sort all of bd_attendance.
  const quiet = db
    .selectFrom('bd_attendance')
    .select((eb) => ['user_id', eb.fn.max('date').as('last_post')])
    .groupBy('user_id')
    .having((eb) => eb.fn.max('date'), '<', options.quietSince)
    .having((eb) => eb.fn.max('date'), '>=', options.activeSince)
    .as('q');
  const rows = await db
    .selectFrom(quiet)
    .innerJoin('bd_attendance as a', 'a.user_id', 'q.user_id')
    .leftJoin('users as u', 'u.user_id', 'q.user_id')
    .select((eb) => ['q.user_id', eb.fn.max('u.user_name').as('name'), eb.fn.countAll().as('posts'), 'q.last_post'])
    .where((eb) => eb.or([eb('u.app', 'is', null), eb('u.app', '=', 0)]))
    .groupBy(['q.user_id', 'q.last_post'])
    .having((eb) => eb.fn.countAll(), '>=', options.minPosts)
    .orderBy('q.last_post', 'desc')
    .orderBy('q.user_id')
    .execute();
  return rows.map((r) => ({ userId: r.user_id, name: r.name ?? r.user_id, posts: num(r.posts), lastPost: String(r.last_post) }));
}

/**
 * The AO of each PAX's latest post (the AO he would most likely come back to), given the date of
 * that post: one read for them all. Two posts that day: the later beatdown's (by its message).
 */
export async function lastAoOf(db: Db, lastPosts: ReadonlyArray<{ userId: string; lastPost: string }>): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const stamp = new Map<string, string>();
  for (let i = 0; i < lastPosts.length; i += 200) {
    const chunk = lastPosts.slice(i, i + 200);
    const rows = await db
      .selectFrom('bd_attendance')
      .select(['user_id', 'ao_id', 'timestamp'])
      .where((eb) => eb.or(chunk.map((p) => eb.and([eb('user_id', '=', p.userId), eb('date', '=', p.lastPost)]))))
      .orderBy('user_id')
      .orderBy('ao_id')
      .execute();
    for (const r of rows) {
      const ts = r.timestamp ?? '';
      if (!out.has(r.user_id) || Number(ts) > Number(stamp.get(r.user_id))) {
        out.set(r.user_id, r.ao_id);
        stamp.set(r.user_id, ts);
      }
    }
  }
  return out;
}
