import { paxFigures, type PaxFigures } from '../stats/pax.js';
import { downrangeOf } from '../stats/downrange.js';
import { todayIn } from '../stats/period.js';
import { UsageError, type CommandRunner } from './command.js';
import { readFlags } from './flags.js';
import { withRegion } from './region.js';
import { USER_ID } from '../slack-ids.js';

/** The figures as JSON, in the snake_case of the rest of the CLI's output. */
export function figuresJson(f: PaxFigures) {
  return {
    user_id: f.userId,
    name: f.name,
    as_of: f.asOf,
    year: f.year,
    posts: f.posts.year,
    month: f.month,
    month_posts: f.posts.month,
    all_time_posts: f.posts.allTime,
    qs: f.qs.year,
    coqs: f.coqs.year,
    all_time_qs: f.qs.allTime,
    all_time_coqs: f.coqs.allTime,
    first_post: f.firstPost,
    last_post: f.lastPost,
    streak_weeks: f.streakWeeks,
    favourite_ao: f.favouriteAo && { ao_id: f.favouriteAo.aoId, name: f.favouriteAo.ao, posts: f.favouriteAo.posts },
    aos: f.aos.map((a) => ({
      ao_id: a.aoId,
      name: a.ao,
      posts: a.yearPosts,
      all_time_posts: a.allTimePosts,
      last_post: a.lastPost,
    })),
  };
}

export const statsCommand: CommandRunner = {
  async run(args, io) {
    const flags = readFlags(args, { valued: ['user', 'year'] });
    const given = flags.get('user');
    if (typeof given !== 'string') throw new UsageError('--user ID is required');
    // Slack ids are upper case; one copied from a file name or typed in lower case is the same id.
    const user = given.toUpperCase();
    if (!USER_ID.test(user)) throw new UsageError(`--user: expected a Slack user id like U0123ABCD, got '${user}'`);
    const yearText = flags.get('year');
    if (yearText !== undefined && !/^\d{4}$/.test(String(yearText))) {
      throw new UsageError(`--year: expected a year like 2026, got '${String(yearText)}'`);
    }
    return withRegion(io, async (ctx) => {
      const figures = await paxFigures(ctx.db, user, {
        today: todayIn(ctx.tz, new Date()),
        year: yearText === undefined ? undefined : Number(yearText),
      });
      if (figures.posts.allTime === 0 && figures.qs.allTime === 0 && figures.name === user) {
        io.stderr.write(`paxminer stats: no user ${user} and no posts by ${user} in this region's records\n`);
        return 1;
      }
      const json: Record<string, unknown> = figuresJson(figures);
      // Many-regions mode only: his posts in the year at the deployment's other regions, by his email.
      if (ctx.downrange) {
        json.downrange = (await downrangeOf(ctx, user, figures.year)).map((d) => ({ region: d.region, posts: d.posts, last_post: d.last }));
      }
      io.stdout.write(JSON.stringify(json, null, 2) + '\n');
      return 0;
    });
  },
};
