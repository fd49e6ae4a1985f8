import { isDate, PERIODS, type Period } from '../stats/insights/calendar.js';
import { todayIn } from '../stats/period.js';
import { isMonth } from '../time.js';
import { aosInsight } from '../stats/insights/aos.js';
import { daysInsight } from '../stats/insights/days.js';
import { kotterInsight } from '../stats/insights/kotters.js';
import { paxInsight } from '../stats/insights/pax.js';
import { qInsight } from '../stats/insights/q.js';
import type { RegionContext } from '../region.js';
import { UsageError, type CommandRunner } from './command.js';
import { readFlags } from './flags.js';
import { withRegion } from './region.js';
import { CHANNEL_ID, USER_ID } from '../slack-ids.js';

// `paxminer insights <question> …`: the answers /paxminer gives, as JSON for scripts. Keys are in
// the snake_case of the rest of the CLI's output.

type Flags = Map<string, string | true>;

/** A question: its flags, checked before the database opens, then its answer. */
interface Question {
  usage: string;
  valued: string[];
  read(flags: Flags): (ctx: RegionContext, asOf: string) => Promise<unknown>;
}

function userFlag(flags: Flags): string {
  const user = flags.get('user');
  if (typeof user !== 'string') throw new UsageError('--user ID is required');
  if (!USER_ID.test(user)) throw new UsageError(`--user: expected a Slack user id like U0123ABCD, got '${user}'`);
  return user;
}

function optional(flags: Flags, name: string, valid: (v: string) => boolean, expected: string): string | undefined {
  const value = flags.get(name);
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !valid(value)) throw new UsageError(`--${name}: expected ${expected}, got '${String(value)}'`);
  return value;
}

const QUESTIONS: Record<string, Question> = {
  pax: {
    usage: 'pax --user ID [--period week|month|year]',
    valued: ['user', 'period'],
    read(flags) {
      const userId = userFlag(flags);
      const period = (optional(flags, 'period', (v) => (PERIODS as readonly string[]).includes(v), 'week, month or year') ??
        'month') as Period;
      return (ctx, asOf) => paxInsight(ctx.db, { userId, period, asOf });
    },
  },
  days: {
    usage: 'days [--ao CHANNEL_ID]',
    valued: ['ao'],
    read(flags) {
      const aoId = optional(flags, 'ao', (v) => CHANNEL_ID.test(v), 'a Slack channel id like C0123ABCD');
      return (ctx, asOf) => daysInsight(ctx.db, { asOf, aoId });
    },
  },
  q: {
    usage: 'q --user ID [--month YYYY-MM] [--since YYYY-MM-DD]',
    valued: ['user', 'month', 'since'],
    read(flags) {
      const userId = userFlag(flags);
      const month = optional(flags, 'month', isMonth, 'a month like 2026-11');
      const since = optional(flags, 'since', isDate, 'a date like 2026-01-31');
      return (ctx, asOf) => qInsight(ctx.db, { userId, asOf, month, since });
    },
  },
  kotter: {
    usage: 'kotter [--weeks N]',
    valued: ['weeks'],
    read(flags) {
      const text = optional(
        flags,
        'weeks',
        (v) => /^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 52,
        'a whole number of weeks from 1 to 52',
      );
      const weeks = text === undefined ? undefined : Number(text);
      return (ctx, asOf) => kotterInsight(ctx.db, { asOf, weeks });
    },
  },
  aos: {
    usage: 'aos',
    valued: [],
    read: () => (ctx, asOf) => aosInsight(ctx.db, { asOf }),
  },
};

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** An answer with its keys in snake_case, all the way down. */
export function snakeKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(snakeKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [snake(k), snakeKeys(v)]));
}

export const insightsCommand: CommandRunner = {
  async run(args, io) {
    const [name, ...rest] = args;
    const list = Object.values(QUESTIONS).map((q) => `  insights ${q.usage}`);
    if (name === 'help') {
      io.stdout.write(['questions (each also takes --as-of YYYY-MM-DD, default today in REGION_TZ):', ...list].join('\n') + '\n');
      return 0;
    }
    if (name === undefined) throw new UsageError(`which question?\n${list.join('\n')}`);
    const question = QUESTIONS[name];
    if (!question) throw new UsageError(`unknown question '${name}': ask one of ${Object.keys(QUESTIONS).join(', ')}`);
    const flags = readFlags(rest, { valued: [...question.valued, 'as-of'] });
    const asOfFlag = optional(flags, 'as-of', isDate, 'a date like 2026-11-30');
    const answer = question.read(flags);
    return withRegion(io, async (ctx) => {
      const result = await answer(ctx, asOfFlag ?? todayIn(ctx.tz, new Date()));
      io.stdout.write(JSON.stringify(snakeKeys(result), null, 2) + '\n');
      return 0;
    });
  },
};
