import { AchievementProblem, awardByHand } from '../../achievements/admin.js';
import { ArgumentProblem, problemReply, userArgument } from './args.js';
import type { Subcommand } from './types.js';

const USAGE = 'award @pax NAME';

export const awardSubcommand: Subcommand = {
  name: 'award',
  usage: USAGE,
  summary: 'award an achievement by hand (announced within the hour)',
  access: 'admin',
  async run(req) {
    try {
      const [who, ...name] = req.args;
      if (!who || name.length === 0) throw new ArgumentProblem('Name the man and the achievement.');
      const userId = await userArgument(req.ctx, who);
      const { def, isNew } = await awardByHand(req.ctx.db, userId, name.join(' '), req.today, req.now.getTime());
      return {
        text: isNew
          ? `Awarded *${def.name}* to <@${userId}>; it will be announced within the hour.`
          : `<@${userId}> already got *${def.name}* today.`,
      };
    } catch (err) {
      if (err instanceof AchievementProblem) return { text: `${err.message}\nUsage: \`/paxminer ${USAGE}\`` };
      return problemReply(err, USAGE);
    }
  },
};
