import { aoNamed, usersNamed } from '../../db/queries/insights.js';
import type { RegionContext } from '../../region.js';
import type { SubcommandReply } from './types.js';
import { CHANNEL_ID, CHANNEL_MENTION_ARG, USER_ID, USER_MENTION_ARG } from '../../slack-ids.js';

// Reading what the asker typed after a subcommand, and answering when it names nothing we know.

/** A word the asker typed that names nothing we know: the reply says so. */
export class ArgumentProblem extends Error {}

/**
 * The man some words name: a mention as Slack escapes it (`<@U123|name>`), a bare id, or, when
 * Slack did not escape it, `@name` (spaces allowed) matched against the recorded display and real
 * names. Throws an ArgumentProblem when they name nobody, or several men.
 */
export async function userArgument(ctx: RegionContext, words: string | readonly string[]): Promise<string> {
  const text = typeof words === 'string' ? words : words.join(' ');
  const mention = USER_MENTION_ARG.exec(text);
  if (mention) return mention[1]!;
  if (USER_ID.test(text)) return text;
  if (!text.startsWith('@') || text.length < 2) throw new ArgumentProblem(`I can't tell who '${text}' is; mention him with @.`);
  const found = await usersNamed(ctx.db, text.slice(1));
  if (found.length === 1) return found[0]!.user_id;
  throw new ArgumentProblem(
    found.length === 0
      ? `I don't know anyone called ${text}. Try picking him from Slack's @ list.`
      : `Several men are called ${text}; pick him from Slack's @ list.`,
  );
}

/** The reply to a question that cannot be answered as asked. */
export function problemReply(err: unknown, usage: string): SubcommandReply {
  if (err instanceof ArgumentProblem) return { text: `${err.message}\nUsage: \`/paxminer ${usage}\`` };
  throw err;
}

/** The AO some words name: a channel as Slack escapes it (`<#C123|name>`), a bare id, or `#name`. */
export async function aoArgument(ctx: RegionContext, words: string | readonly string[]): Promise<string> {
  const text = typeof words === 'string' ? words : words.join(' ');
  const mention = CHANNEL_MENTION_ARG.exec(text);
  if (mention) return mention[1]!;
  if (CHANNEL_ID.test(text)) return text;
  const found = await aoNamed(ctx.db, text.replace(/^#/, ''));
  if (found) return found.channel_id;
  throw new ArgumentProblem(`I don't know an AO called ${text}. Try picking the channel from Slack's # list.`);
}
