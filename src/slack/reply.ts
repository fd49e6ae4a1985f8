import type { WebClient } from '@slack/web-api';
import type { Logger } from '../log.js';
import type { Note } from './blocks/note.js';
import { errorFields } from '../errors.js';

/**
 * Tells one person something only they see: an ephemeral message in `channel`, or a direct message
 * when there is no channel or the ephemeral cannot be sent (not a member, channel gone).
 */
export async function tellPrivately(
  client: WebClient,
  log: Logger,
  to: { user: string; channel?: string | null },
  note: Note,
): Promise<void> {
  if (to.channel) {
    try {
      await client.chat.postEphemeral({ channel: to.channel, user: to.user, text: note.text, blocks: note.blocks });
      return;
    } catch (err) {
      log.info(
        { err: errorFields(err), channel: to.channel, user: to.user },
        'ephemeral note failed; sending it as a direct message',
      );
    }
  }
  try {
    const dm = await client.conversations.open({ users: to.user });
    const channel = dm.channel?.id;
    if (!channel) throw new Error('conversations.open gave no channel');
    await client.chat.postMessage({ channel, text: note.text, blocks: note.blocks });
  } catch (err) {
    log.warn({ err: errorFields(err), user: to.user }, 'could not tell the user privately');
  }
}
