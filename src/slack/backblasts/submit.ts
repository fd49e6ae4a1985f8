// The /backblast form submitted: checked (within Slack's 3 seconds), then posted or updated and
// recorded from its values after Slack has been answered.

import type { WebClient } from '@slack/web-api';
import {
  attendeeIds,
  metadataOf,
  parsedOfForm,
  recordOfForm,
  validateForm,
  type FormErrors,
  type FormValues,
} from '../../backblast/form.js';
import { formatBackblast } from '../../backblast/format.js';
import type { ParseContext } from '../../backblast/types.js';
import { saveBackblast } from '../../db/queries/backblasts.js';
import type { Bot, BotIdentity } from '../bot.js';
import { within } from '../deadline.js';
import { errorFields, slackError } from '../../errors.js';
import { fetchMessage } from '../history.js';
import type { FormTarget } from '../blocks/modal.js';
import { notPostedNote, recordedNote, refusedNote } from '../blocks/note.js';
import { postBlocks } from '../blocks/post.js';
import { tellPrivately } from '../reply.js';
import { tsOfMillis } from '../../ts.js';
import { clashingPost, describePost } from './stored.js';
import { verifySubmission } from './verify.js';

/** How long the duplicate check may hold up the answer to Slack; past it, the save checks again. */
export const DUPLICATE_CHECK_MS = 1200;

export interface Submission {
  values: FormValues;
  target: FormTarget;
  /** Who submitted the form. */
  userId: string;
  /** When it was submitted (the request's clock). */
  now: Date;
}

function keyOf(v: FormValues) {
  return { aoId: v.aoChannelId, date: v.date, qUserId: v.qUserId };
}

/**
 * What the Q must fix, shown on the form. The duplicate check gets `DUPLICATE_CHECK_MS`; a slow
 * database skips it here, and the save refuses a duplicate later and says so privately.
 */
export async function checkForm(bot: Bot, s: Submission, today: string): Promise<FormErrors> {
  const errors = validateForm(s.values, today);
  if (Object.keys(errors).length > 0) return errors;
  const except = s.target.mode === 'edit' ? s.target.ts : null;
  const log = bot.ctx.log;
  const check = clashingPost(bot.ctx.db, keyOf(s.values), except).catch((err: unknown) => {
    log.warn({ err: errorFields(err) }, 'duplicate check failed; the save checks again');
    return null;
  });
  const clash = await within(check, DUPLICATE_CHECK_MS);
  if (!clash.done) log.info('duplicate check ran out of time; the save checks again');
  else if (clash.value) {
    const where = bot.directory.channelName(clash.value.channel);
    const what = clash.value.title ? `“${clash.value.title}”` : 'a backblast';
    errors.date = `${what}${where ? ` in #${where}` : ''} already records this AO, date and Q. Change one of them, or edit that post instead.`;
  }
  return errors;
}

function postError(err: unknown, channel: string): string {
  switch (slackError(err)) {
    case 'not_in_channel':
    case 'channel_not_found':
      return `I couldn't post in <#${channel}>: invite me there with \`/invite @PAXminer\`, then submit again.`;
    case 'is_archived':
      return `I couldn't post in <#${channel}>: the channel is archived.`;
    case 'message_not_found':
      return "I couldn't update the post: it was deleted.";
    default:
      return `Slack didn't take the post (${slackError(err) ?? errorFields(err).message}).`;
  }
}

function counts(s: Submission, postedBy: string, channel: string, context: ParseContext) {
  const parsed = parsedOfForm(s.values, postedBy, { ts: tsOfMillis(s.now.getTime()), channel }, context);
  return { paxCount: parsed.pax_count, fngCount: parsed.fng_count };
}

/** Records the form's values for a post, then tells the submitter what was recorded. */
async function record(
  bot: Bot,
  client: WebClient,
  s: Submission,
  post: { ts: string; channel: string; text: string; user?: string; tsEdited: string | null; postedBy: string },
  context: ParseContext,
): Promise<void> {
  const { db, log } = bot.ctx;
  const tell = (note: Parameters<typeof tellPrivately>[3]) =>
    tellPrivately(client, log, { user: s.userId, channel: post.channel }, note);
  await bot.order.run(`${post.channel}:${post.ts}`, post.tsEdited ?? post.ts, async () => {
    const outcome = recordOfForm(s.values, post.postedBy, post, context);
    const target = { channel: post.channel, ts: post.ts };
    if (!outcome.ok) {
      await tell(refusedNote(outcome.parsed, outcome.problem, target));
      return;
    }
    const saved = await saveBackblast(db, outcome.record);
    log.info({ channel: post.channel, ts: post.ts, outcome: saved.status, mode: s.target.mode }, 'form recorded');
    if (saved.status === 'duplicate') {
      const existing = await describePost(db, client, saved.existingTs);
      await tell(refusedNote(outcome.parsed, `${saved.reason}.`, target, { existing, edit: s.target.mode === 'edit' }));
      return;
    }
    await tell(recordedNote(outcome.parsed, target, { updated: s.target.mode === 'edit' }));
  });
}

/** Posts (or updates) the backblast and records it; every problem reaches the submitter privately with the backblast. */
export async function submitForm(bot: Bot, client: WebClient, submitted: Submission, me: BotIdentity): Promise<void> {
  const progress = { text: '', posted: false };
  let s = submitted;
  try {
    const verdict = await verifySubmission(bot, client, submitted, me);
    if (!verdict.ok) {
      bot.ctx.log.warn({ user: submitted.userId, mode: submitted.target.mode, reason: verdict.reason }, 'form submission refused');
      const where = submitted.target.mode === 'edit' ? submitted.target.channel : submitted.values.aoChannelId;
      await tellPrivately(client, bot.ctx.log, { user: submitted.userId, channel: where }, notPostedNote(verdict.reason, submitted.values.moleskin));
      return;
    }
    s = verdict.submission;
    await publish(bot, client, s, me, progress);
  } catch (err) {
    const channel = s.target.mode === 'edit' ? s.target.channel : s.values.aoChannelId;
    bot.ctx.log.error(
      { err: errorFields(err), channel, user: s.userId, mode: s.target.mode },
      'could not post or record a form backblast',
    );
    const recordOnly = s.target.mode === 'edit' && !s.target.own;
    const reason = progress.posted
      ? 'Your backblast is posted, but I could not record it yet (the database is unavailable). The nightly reconciliation will record it.'
      : `Something went wrong and your ${recordOnly ? 'corrections are not saved' : 'backblast is not posted'}. Try again in a minute.`;
    await tellPrivately(
      client,
      bot.ctx.log,
      { user: s.userId, channel },
      notPostedNote(reason, progress.text || s.values.moleskin),
    );
  }
}

async function publish(
  bot: Bot,
  client: WebClient,
  s: Submission,
  me: BotIdentity,
  progress: { text: string; posted: boolean },
): Promise<void> {
  const { db, log } = bot.ctx;
  const v = s.values;
  await bot.directory.ensure(client, attendeeIds(v), [v.aoChannelId]);
  const context = bot.directory.parseContext();
  const target = s.target;
  const postedBy = target.mode === 'edit' && target.postedBy ? target.postedBy : s.userId;
  const channel = target.mode === 'edit' ? target.channel : v.aoChannelId;
  const text = formatBackblast(v, counts(s, postedBy, channel, context));
  progress.text = text;
  const tell = (reason: string) => tellPrivately(client, log, { user: s.userId, channel }, notPostedNote(reason, text));

  const clash = await clashingPost(db, keyOf(v), target.mode === 'edit' ? target.ts : null);
  if (clash) {
    const existing = await describePost(db, client, clash.ts);
    const which = existing.link
      ? `<${existing.link}|${existing.title ?? 'another post'}>`
      : existing.title
        ? `“${existing.title}”`
        : 'another post';
    await tell(
      `Not ${target.mode === 'new' ? 'posted' : 'saved'}: ${which} already records <#${v.aoChannelId}> on ${v.date} with Q <@${v.qUserId}>.`,
    );
    return;
  }

  if (target.mode === 'new') {
    let posted;
    try {
      posted = await client.chat.postMessage({
        channel,
        text,
        blocks: postBlocks(text),
        metadata: metadataOf(v, postedBy) as never,
        unfurl_links: false,
        unfurl_media: false,
      });
    } catch (err) {
      await tell(postError(err, channel));
      return;
    }
    progress.posted = true;
    const ts = posted.ts as string;
    await record(
      bot,
      client,
      s,
      { ts, channel, text: posted.message?.text ?? text, user: me.botUserId, tsEdited: null, postedBy },
      context,
    );
    return;
  }

  const tsEdited = tsOfMillis(s.now.getTime());
  if (target.own) {
    let updated;
    try {
      updated = await client.chat.update({
        channel,
        ts: target.ts,
        text,
        blocks: postBlocks(text),
        metadata: metadataOf(v, postedBy) as never,
      });
    } catch (err) {
      await tell(postError(err, channel));
      return;
    }
    progress.posted = true;
    const stored = (updated.message as { text?: string } | undefined)?.text ?? text;
    await record(bot, client, s, { ts: target.ts, channel, text: stored, user: me.botUserId, tsEdited, postedBy }, context);
    return;
  }

  // Someone else's post: it stays as written; its record takes the form's values.
  const original = await fetchMessage(client, log, channel, target.ts);
  if (!original) {
    await tell("Not saved: I can't find the post any more (was it deleted?), so there is nothing to record it for.");
    return;
  }
  const originalText = typeof original.text === 'string' ? original.text : '';
  const author = typeof original.user === 'string' ? original.user : undefined;
  await record(bot, client, s, { ts: target.ts, channel, text: originalText, user: author, tsEdited, postedBy }, context);
}
