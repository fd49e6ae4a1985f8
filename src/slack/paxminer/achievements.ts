import { AchievementProblem, addRegionAchievement, catalogue, switchAchievement } from '../../achievements/admin.js';
import { announceTo, setAnnounceTo } from '../../achievements/settings.js';
import { awardsOf } from '../../db/queries/achievements.js';
import { achievementBlocks, catalogueLines, section } from '../blocks/achievements.js';
import type { Subcommand, SubcommandReply } from './types.js';
import { CHANNEL_ID, CHANNEL_MENTION_ARG } from '../../slack-ids.js';

const USAGE = 'achievements [on|off NAME | add NAME RULE | announce dm|off|#channel]';

async function adminAction(req: Parameters<Subcommand['run']>[0], verb: string, rest: string[]): Promise<SubcommandReply> {
  const { db } = req.ctx;
  if (verb === 'on' || verb === 'off') {
    const def = await switchAchievement(db, rest.join(' '), verb === 'on');
    return { text: `*${def.name}* is ${verb === 'on' ? 'on: it will be awarded' : 'off: no more awards of it'}.` };
  }
  if (verb === 'add') {
    const def = await addRegionAchievement(db, rest);
    return { text: `Added *${def.name}* (\`${def.code}\`): ${def.description}.` };
  }
  const target = rest.join(' ');
  const channel = CHANNEL_MENTION_ARG.exec(target)?.[1] ?? (CHANNEL_ID.test(target) ? target : null);
  if (target === 'dm' || target === 'off' || channel) {
    await setAnnounceTo(db, channel ? { kind: 'channel', channel } : { kind: target as 'dm' | 'off' }, req.now.getTime());
    const where = channel
      ? `in <#${channel}>`
      : target === 'dm'
        ? "in each man's DMs with me"
        : 'nowhere (awards are still recorded)';
    return { text: `Achievements will be announced ${where}.` };
  }
  throw new AchievementProblem('Say where to announce: `dm`, `off`, or a #channel (invite me to it).');
}

export const achievementsSubcommand: Subcommand = {
  name: 'achievements',
  usage: USAGE,
  summary:
    "your achievements and the catalogue; admins switch entries on/off, add the region's own and choose where they are announced",
  access: 'anyone',
  async run(req) {
    const [verb, ...rest] = req.args;
    const action = verb?.toLowerCase();
    try {
      if (action && ['on', 'off', 'add', 'announce'].includes(action)) {
        if (!req.isAdmin) return { text: "Changing the achievements is for the region's Nantans and admins." };
        return await adminAction(req, action, rest);
      }
      if (action) throw new AchievementProblem(`I don't know \`achievements ${verb}\`.`);
      const [defs, mine] = await Promise.all([catalogue(req.ctx.db), awardsOf(req.ctx.db, req.userId)]);
      const shown = req.isAdmin ? defs : defs.filter((d) => d.enabled);
      const to = await announceTo(req.ctx.db);
      const where = to.kind === 'channel' ? `in <#${to.channel}>` : to.kind === 'dm' ? 'by DM' : 'nowhere';
      return {
        text: `${mine.length} achievements; ${shown.length} in the catalogue`,
        blocks: [
          ...(mine.length > 0 ? achievementBlocks(mine) : [section('No achievements yet: keep posting!')]),
          section(`*The catalogue* (announced ${where})\n${catalogueLines(shown)}`),
        ],
      };
    } catch (err) {
      if (err instanceof AchievementProblem) return { text: `${err.message}\nUsage: \`/paxminer ${USAGE}\`` };
      throw err;
    }
  },
};
