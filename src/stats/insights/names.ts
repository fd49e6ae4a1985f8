import { aoNames, userNames } from '../../db/queries/stats.js';
import type { Db } from '../../db/types.js';

/** A Slack id with the name people know it by (the id itself when nothing better is recorded). */
export interface Named {
  id: string;
  name: string;
}

export interface Names {
  user(id: string): Named;
  ao(id: string): Named;
}

/** Looks up the names of the given men, and the AOs, once for an answer that lists them. */
export async function loadNames(db: Db, ids: { users?: string[] }): Promise<Names> {
  const [users, aos] = await Promise.all([userNames(db, ids.users ?? []), aoNames(db)]);
  return {
    user: (id) => ({ id, name: users.get(id) ?? id }),
    ao: (id) => ({ id, name: aos.get(id) ?? id }),
  };
}
