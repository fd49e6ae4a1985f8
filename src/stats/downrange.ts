import { userEmail } from '../db/queries/downrange.js';
import { errorFields } from '../errors.js';
import type { DownrangePosts, RegionContext } from '../region.js';

/**
 * A man's downrange posts in `year` (many-regions mode): his email from this region's users, asked
 * of the other regions. Nothing in one-region mode or without an email; a failed look-up is logged
 * and shows nothing, never keeping his own figures from showing.
 */
export async function downrangeOf(ctx: RegionContext, userId: string, year: number): Promise<DownrangePosts[]> {
  if (!ctx.downrange) return [];
  try {
    const email = await userEmail(ctx.db, userId);
    return email ? await ctx.downrange(email, year) : [];
  } catch (err) {
    ctx.log.warn({ err: errorFields(err), user: userId }, 'downrange posts could not be read');
    return [];
  }
}
