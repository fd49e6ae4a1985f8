import { allAwards, awardsOf } from '../db/queries/achievements.js';
import { userNames } from '../db/queries/stats.js';
import { runAchievements } from '../jobs/achievements.js';
import { createWebClient } from '../slack/client.js';
import type { Command } from './command.js';
import { readFlags } from './flags.js';
import { withRegion } from './region.js';

export const achievementsCommand: Command = {
  name: 'achievements',
  usage: 'achievements [--user ID]',
  summary: 'bring the awards up to date (announcing nothing) and list them: date, PAX, achievement, how awarded',
  async run(args, io) {
    const flags = readFlags(args, { valued: ['user'] });
    const user = flags.get('user');
    return withRegion(io, async (ctx) => {
      const result = await runAchievements(ctx, createWebClient(ctx.settings, ctx.log), { announce: false });
      if ('busy' in result) {
        io.stderr.write('paxminer achievements: another achievements run is going for this region; try again when it ends\n');
        return 1;
      }
      const awards = typeof user === 'string' ? await awardsOf(ctx.db, user) : await allAwards(ctx.db);
      const names = await userNames(ctx.db, [...new Set(awards.map((a) => a.userId))]);
      for (const a of awards) {
        io.stdout.write(
          `${a.date}\t${a.userId}\t${names.get(a.userId) ?? ''}\t${a.name}\t${a.period}\t${a.source}\t${a.status}\n`,
        );
      }
      io.stderr.write(`${awards.length} awards${result.stored > 0 ? ` (${result.stored} new)` : ''}\n`);
      return 0;
    });
  },
};
