// A submitted form is checked again against Slack and the database: its private_metadata and values
// come back from the client and can be forged. What the modal checked on open is checked here.

import type { WebClient } from '@slack/web-api';
import type { Bot, BotIdentity } from '../bot.js';
import { slackError } from '../../errors.js';
import { mayEditBackblast } from '../permissions.js';
import { loadForEdit } from './edit.js';
import type { Submission } from './submit.js';
import { CHANNEL_ID } from '../../slack-ids.js';

type Verdict = { ok: true; submission: Submission } | { ok: false; reason: string };

interface ChannelInfo {
  is_im?: boolean;
  is_mpim?: boolean;
  is_archived?: boolean;
  is_private?: boolean;
  is_member?: boolean;
}

/** Why the AO cannot be this id: not a channel of the workspace, archived, or not one the bot (and, private, the submitter) is in. */
async function aoProblem(client: WebClient, channelId: string, userId: string, posting: boolean): Promise<string | null> {
  const notChannel = `The AO must be a channel of this workspace; ${channelId.slice(0, 24)} is not one.`;
  if (!CHANNEL_ID.test(channelId) || channelId.length > 45) return notChannel;
  let info: ChannelInfo | undefined;
  try {
    info = (await client.conversations.info({ channel: channelId })).channel as ChannelInfo | undefined;
  } catch (err) {
    if (slackError(err) === 'channel_not_found') return notChannel;
    throw err;
  }
  if (!info || info.is_im || info.is_mpim) return notChannel;
  if (info.is_archived) return `<#${channelId}> is archived.`;
  if (posting && info.is_member === false) return `I'm not in <#${channelId}>: invite me there with \`/invite @PAXminer\`, then submit again.`;
  if (info.is_private) {
    const members = await client.conversations.members({ channel: channelId, limit: 1000 });
    // No member list (a scope missing): the select only offered him channels he is in; let it be.
    if (members.members && !members.members.includes(userId)) return `You are not in <#${channelId}>: pick an AO channel you are in.`;
  }
  return null;
}

/**
 * The submission as the server knows it: for an edit, the post is loaded again and the submitter's
 * right to edit it checked again (whatever the metadata says about who posted it); the AO must be a
 * channel of the workspace the bot can post in. A refusal carries the reason for the submitter.
 */
export async function verifySubmission(bot: Bot, client: WebClient, s: Submission, me: BotIdentity): Promise<Verdict> {
  let target = s.target;
  if (target.mode === 'edit') {
    const load = await loadForEdit(bot, client, { channel: target.channel, ts: target.ts }, undefined, me);
    if (!load) return { ok: false, reason: "I can't find that backblast any more: the post may have been deleted." };
    if (!(await mayEditBackblast(client, s.userId, load.people))) {
      return { ok: false, reason: 'Only the Q, a Co-Q, the person who posted it or a workspace admin can edit this backblast.' };
    }
    target = load.target;
  }
  const problem = await aoProblem(client, s.values.aoChannelId, s.userId, target.mode === 'new');
  if (problem) return { ok: false, reason: problem };
  return { ok: true, submission: { ...s, target } };
}
