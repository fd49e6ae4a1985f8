import { postsByEmail } from '../db/queries/downrange.js';
import { errorFields } from '../errors.js';
import type { DownrangePosts } from '../region.js';
import { yearRange } from '../stats/period.js';
import { Lru } from './lru.js';
import { pooled } from './pooled.js';
import type { RegionRow } from './queries.js';
import type { RegionRegistry } from './registry.js';

// Downrange credit: a man's posts at the deployment's other regions, found by his email in each
// region's own database. Nothing is copied between regions; each is asked, a few at a time, with a
// deadline, and its answer is kept briefly so a man asking twice does not ask every region twice.

type Counts = { posts: number; last: string | null };

/** Each region's answer for an email and year, for `ttlMs`. */
export class DownrangeCache {
  private readonly answers = new Lru<string, { until: number; counts: Counts }>(2000, () => undefined);

  constructor(readonly ttlMs = 60_000) {}

  get(key: string, now: number): Counts | undefined {
    const hit = this.answers.get(key);
    return hit && hit.until > now ? hit.counts : undefined;
  }

  set(key: string, counts: Counts, now: number): void {
    this.answers.set(key, { until: now + this.ttlMs, counts });
  }
}

export interface DownrangeOptions {
  cache?: DownrangeCache;
  /** Regions asked at once; never more than the registry's cache bound allows beside the home region. */
  concurrency?: number;
  /** The whole look-up's deadline: regions that have not answered by then are left out (and cached when they do). */
  timeoutMs?: number;
  now?: () => number;
}

/** The posts in `year` at every other active region by the man with this email, most first. */
export async function downrangePosts(
  registry: RegionRegistry,
  home: RegionRow,
  email: string,
  year: number,
  options: DownrangeOptions = {},
): Promise<DownrangePosts[]> {
  const who = email.trim().toLowerCase();
  if (!who) return [];
  const now = options.now ?? Date.now;
  const deadline = now() + (options.timeoutMs ?? 2500);
  const others = (await registry.activeRegions()).filter((r) => r.schema_name !== home.schema_name);
  const limit = Math.max(1, Math.min(options.concurrency ?? 4, registry.cacheSize - 1));
  const found: DownrangePosts[] = [];
  const asked = pooled(others, limit, async (row) => {
    const key = `${row.schema_name}\n${who}\n${year}`;
    let counts = options.cache?.get(key, now());
    if (!counts) {
      if (now() > deadline) return;
      try {
        counts = await registry.withRegion(row, (ctx) => postsByEmail(ctx.db, who, yearRange(year)));
      } catch (err) {
        registry.log.warn({ err: errorFields(err), region: row.region }, `downrange: region ${row.region} did not answer`);
        return;
      }
      options.cache?.set(key, counts, now());
    }
    if (counts.posts > 0) found.push({ region: row.region, ...counts });
  });
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, Math.max(0, deadline - now()));
    timer.unref();
  });
  await Promise.race([asked, late]);
  clearTimeout(timer);
  return [...found].sort((a, b) => b.posts - a.posts || a.region.localeCompare(b.region));
}
