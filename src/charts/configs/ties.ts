import { plural } from './common.js';

/** How many more bars than the cut a tie may add before it is summarised instead. */
const TIE_ROOM = 5;

export interface Cut<T> {
  shown: T[];
  /** Men tied at the cut who are not drawn: "and 4 more with 1 post". */
  more?: { count: number; posts: number };
}

/**
 * The top `top` rows of a list sorted by posts (descending), never splitting a tie silently: everyone
 * tied at the cut is kept when that adds at most a few bars, else they are left out and counted.
 * When all the top rows are tied, they are all kept (the chart grows).
 */
export function cutAtTies<T extends { posts: number }>(rows: T[], top: number): Cut<T> {
  if (rows.length <= top) return { shown: rows };
  const posts = rows[top - 1]!.posts;
  const above = rows.filter((r) => r.posts > posts);
  const tied = rows.filter((r) => r.posts === posts);
  if (above.length + tied.length <= top + TIE_ROOM || above.length === 0) return { shown: [...above, ...tied] };
  return { shown: above, more: { count: tied.length, posts } };
}

/** "and 4 more with 1 post", or nothing. */
export function moreLine(cut: Cut<unknown>): string {
  return cut.more ? `and ${cut.more.count} more with ${plural(cut.more.posts, 'post')}` : '';
}
