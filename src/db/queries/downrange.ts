import { sql } from '../kysely.js';
import type { Db } from '../types.js';
import type { DateRange } from './stats.js';

// Downrange credit: a man is the same man in every region by his email (as the F3 tools match him).

/** The email Slack gave for a user, or null. */
export async function userEmail(db: Db, userId: string): Promise<string | null> {
  const row = await db.selectFrom('users').select('email').where('user_id', '=', userId).executeTakeFirst();
  const email = row?.email?.trim();
  return email ? email : null;
}

/** Posts in `range` by whoever has this email here (any of his user ids), and the last one's date. */
export async function postsByEmail(db: Db, email: string, range: DateRange): Promise<{ posts: number; last: string | null }> {
  const row = await db
    .selectFrom('bd_attendance')
    .select((eb) => [eb.fn.countAll<number | string>().as('posts'), eb.fn.max('date').as('last')])
    .where('user_id', 'in', (eb) =>
      eb
        .selectFrom('users')
        .select('user_id')
        .where(sql<string>`lower(trim(email))`, '=', email.trim().toLowerCase()),
    )
    .where('date', '>=', range.from)
    .where('date', '<=', range.to)
    .executeTakeFirst();
  return { posts: Number(row?.posts ?? 0), last: row?.last ?? null };
}
