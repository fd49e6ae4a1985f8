// Interactivity payloads as Slack sends them: the shortcut, view submissions built from the view the
// bot opened (prefilled values kept unless the test changes them), and button clicks.

import type { Region } from './region.js';

type Block = { type: string; block_id?: string; element?: Record<string, unknown> };
export type View = { callback_id?: string; private_metadata?: string; blocks: Block[]; title?: { text: string } };

/** What a person leaves in (or types into) the form, by block id. */
export type Entries = Partial<{
  title: string;
  ao: string;
  date: string;
  q: string;
  coqs: string[];
  pax: string[];
  pax_names: string;
  fngs: string;
  count: string;
  moleskin: string;
}>;

function stateValue(element: Record<string, unknown>, entry: unknown): Record<string, unknown> {
  const type = String(element.type);
  switch (type) {
    case 'plain_text_input':
    case 'number_input':
      return { type, value: (entry ?? element.initial_value ?? null) as string | null };
    case 'conversations_select':
      return { type, selected_conversation: entry ?? element.initial_conversation ?? null };
    case 'datepicker':
      return { type, selected_date: entry ?? element.initial_date ?? null };
    case 'users_select':
      return { type, selected_user: entry ?? element.initial_user ?? null };
    case 'multi_users_select':
      return { type, selected_users: entry ?? element.initial_users ?? [] };
    default:
      throw new Error(`no state for ${type}`);
  }
}

/** The view's state after a person filled it: initial values, then `entries`. */
export function stateOf(view: View, entries: Entries = {}): Record<string, Record<string, Record<string, unknown>>> {
  const values: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const block of view.blocks) {
    if (block.type !== 'input' || !block.block_id || !block.element) continue;
    const actionId = String(block.element.action_id);
    values[block.block_id] = { [actionId]: stateValue(block.element, entries[block.block_id as keyof Entries]) };
  }
  return values;
}

/** What every interaction payload carries: the workspace, the person, the app and a fresh trigger. */
function sentBy(userId: string) {
  return {
    team: { id: 'T0TEST', domain: 'f3test' },
    user: { id: userId, username: userId.toLowerCase(), name: userId.toLowerCase(), team_id: 'T0TEST' },
    api_app_id: 'A0TEST',
    token: 'legacy-verification-token',
    trigger_id: `trig.${Math.random().toString(36).slice(2)}`,
  };
}

/** Submits a view the bot opened, as `userId`. */
export function submit(region: Region, view: View, userId: string, entries: Entries = {}) {
  return region.bot.interaction({
    type: 'view_submission',
    ...sentBy(userId),
    view: {
      id: `V${Math.random().toString(36).slice(2, 10).toUpperCase()}`,
      team_id: 'T0TEST',
      type: 'modal',
      callback_id: view.callback_id,
      private_metadata: view.private_metadata ?? '',
      blocks: view.blocks,
      state: { values: stateOf(view, entries) },
      hash: 'h',
      title: view.title ?? { type: 'plain_text', text: 'Backblast' },
      app_id: 'A0TEST',
      bot_id: 'BBOT',
      root_view_id: null,
      previous_view_id: null,
      clear_on_close: false,
      notify_on_close: false,
    },
    response_urls: [],
  });
}

/** The global shortcut. */
export function shortcut(region: Region, userId: string) {
  return region.bot.interaction({
    type: 'shortcut',
    callback_id: 'backblast',
    ...sentBy(userId),
    action_ts: `${Date.now() / 1000}`,
  });
}

/** A click on an Edit button: on our post (`message`), or on a private note (`value` names the post). */
export function clickEdit(
  region: Region,
  userId: string,
  where: { channel: string; ts: string; message?: Record<string, unknown>; value?: string },
) {
  return region.bot.interaction({
    type: 'block_actions',
    ...sentBy(userId),
    container: { type: 'message', message_ts: where.ts, channel_id: where.channel, is_ephemeral: where.message === undefined },
    channel: { id: where.channel, name: 'ao' },
    ...(where.message ? { message: where.message } : {}),
    response_url: `${region.bot.api.url.replace(/api\/$/, '')}response`,
    actions: [
      {
        type: 'button',
        action_id: 'backblast_edit',
        block_id: 'edit',
        text: { type: 'plain_text', text: 'Edit' },
        ...(where.value ? { value: where.value } : {}),
        action_ts: `${Date.now() / 1000}`,
      },
    ],
  });
}
