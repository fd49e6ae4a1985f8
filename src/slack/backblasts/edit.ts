// Edit / Edit in form: the modal opens at once (Slack's trigger lasts 3 seconds), then fills with
// the backblast's values, or says why this person may not edit it.

import type { WebClient } from '@slack/web-api';
import { postedByOf, valuesOfMetadata, valuesOfParsed, type FormValues } from '../../backblast/form.js';
import { parseMessage } from '../../backblast/parse.js';
import type { SlackMessage } from '../../backblast/types.js';
import type { Bot, BotIdentity } from '../bot.js';
import { errorFields } from '../../errors.js';
import { fetchMessage } from '../history.js';
import { backblastModal, loadingModal, noticeModal, type FormTarget } from '../blocks/modal.js';
import type { EditTarget } from '../blocks/ids.js';
import { mayEditBackblast, type BackblastPeople } from '../permissions.js';
import { isOwnPost } from './messages.js';
import { storedValues } from './stored.js';

export interface EditLoad {
  values: FormValues;
  target: Extract<FormTarget, { mode: 'edit' }>;
  people: BackblastPeople;
}

/** The values to prefill and whose backblast it is: our post's metadata, a corrected record, or the post read again. */
export async function loadForEdit(
  bot: Bot,
  client: WebClient,
  at: EditTarget,
  seen: SlackMessage | undefined,
  me: BotIdentity,
): Promise<EditLoad | null> {
  const { db, log } = bot.ctx;
  const message =
    seen && valuesOfMetadata(seen) ? { ...seen, channel: at.channel } : await fetchMessage(client, log, at.channel, at.ts);
  const own = message ? isOwnPost(message, me) : seen ? isOwnPost(seen, me) : false;
  const fromMetadata = message && own ? valuesOfMetadata(message) : null;
  if (message && fromMetadata) {
    const postedBy = postedByOf(message) ?? '';
    return {
      values: fromMetadata,
      target: { mode: 'edit', channel: at.channel, ts: at.ts, own: true, postedBy },
      people: { qUserId: fromMetadata.qUserId, coqUserIds: fromMetadata.coqUserIds, posterUserId: postedBy || null },
    };
  }
  const stored = await storedValues(db, at.ts);
  let values: FormValues | null = null;
  if (stored?.source === 'form') values = stored.values;
  else if (message) {
    const context = await bot.directory.contextFor(client, message);
    const parsed = parseMessage(message, context);
    values = parsed.is_backblast ? valuesOfParsed(parsed) : (stored?.values ?? null);
  } else values = stored?.values ?? null;
  if (!values) return null;
  const author = typeof message?.user === 'string' ? message.user : null;
  return {
    values,
    target: { mode: 'edit', channel: at.channel, ts: at.ts, own, postedBy: author ?? '' },
    people: { qUserId: values.qUserId || null, coqUserIds: values.coqUserIds, posterUserId: author },
  };
}

/** Opens the form for an existing backblast, for someone allowed to edit it. */
export async function openEditForm(
  bot: Bot,
  client: WebClient,
  args: { triggerId: string; userId: string; at: EditTarget; seen?: SlackMessage; me: BotIdentity },
): Promise<void> {
  const opened = await client.views.open({ trigger_id: args.triggerId, view: loadingModal() });
  const viewId = opened.view?.id;
  if (!viewId) return;
  let view;
  try {
    const load = await loadForEdit(bot, client, args.at, args.seen, args.me);
    if (!load) {
      view = noticeModal('Edit backblast', "I can't find that backblast any more: the post may have been deleted.");
    } else if (!(await mayEditBackblast(client, args.userId, load.people))) {
      const q = load.people.qUserId ? ` (<@${load.people.qUserId}>)` : '';
      view = noticeModal(
        'Not yours to edit',
        `Only the Q${q}, a Co-Q, the person who posted it or a workspace admin can edit this backblast. Ask one of them to fix it.`,
      );
    } else {
      view = backblastModal(load.values, load.target);
    }
  } catch (err) {
    bot.ctx.log.error({ err: errorFields(err), ...args.at }, 'could not load a backblast to edit');
    view = noticeModal('Edit backblast', 'Something went wrong loading this backblast. Try again in a minute.');
  }
  await client.views.update({ view_id: viewId, view });
}
