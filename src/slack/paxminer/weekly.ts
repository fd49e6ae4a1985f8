import { DAYS, setWeeklySchedule, weeklySchedule } from '../../weekly/settings.js';
import { ArgumentProblem, problemReply } from './args.js';
import type { Subcommand } from './types.js';

const USAGE = 'weekly [DAY HOUR] [weeks N]';

function described(s: { day: number; hour: number; weeks: number }): string {
  const day = DAYS[s.day - 1]!;
  return `The weekly kotter report goes out on ${day[0]!.toUpperCase()}${day.slice(1)}s at ${String(s.hour).padStart(2, '0')}:00 and lists men away ${s.weeks}+ weeks.`;
}

export const weeklySubcommand: Subcommand = {
  name: 'weekly',
  usage: USAGE,
  summary: 'when the weekly kotter report goes out (region time), and after how many weeks away a man is on it',
  access: 'admin',
  async run(req) {
    try {
      const args = req.args.map((a) => a.toLowerCase());
      const change: { day?: number; hour?: number; weeks?: number } = {};
      for (let i = 0; i < args.length; i++) {
        const a = args[i]!;
        const day = DAYS.findIndex((d) => a.length >= 3 && d.startsWith(a));
        if (day >= 0) change.day = day + 1;
        else if (a === 'weeks') {
          const n = Number(args[++i]);
          if (!Number.isInteger(n) || n < 1 || n > 52) throw new ArgumentProblem('Weeks away is a whole number from 1 to 52.');
          change.weeks = n;
        } else if (/^\d{1,2}(:00)?$/.test(a) && Number.parseInt(a, 10) <= 23) change.hour = Number.parseInt(a, 10);
        else throw new ArgumentProblem(`I don't understand '${req.args[i]}'.`);
      }
      if (Object.keys(change).length > 0) await setWeeklySchedule(req.ctx.db, change, req.now.getTime());
      return { text: described(await weeklySchedule(req.ctx.db)) };
    } catch (err) {
      return problemReply(err, USAGE);
    }
  },
};
