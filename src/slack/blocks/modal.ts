import type { KnownBlock, ModalView } from '@slack/types';
import type { ViewOutput } from '@slack/bolt';
import { splitNames, type FormErrors, type FormField, type FormValues } from '../../backblast/form.js';
import { BACKBLAST_FORM } from './ids.js';

/**
 * What the form edits: a new post, our own post (updated in place) or someone else's post (only
 * its record). `postedBy`: who the post is by, for `YHC` and permissions.
 */
export type FormTarget = { mode: 'new' } | { mode: 'edit'; channel: string; ts: string; own: boolean; postedBy: string };

type StateValues = ViewOutput['state']['values'];

/** Block ids of the inputs; errors name them. */
const BLOCK: Record<FormField | 'coqs' | 'paxNames' | 'fngs' | 'moleskin', string> = {
  title: 'title',
  ao: 'ao',
  date: 'date',
  q: 'q',
  coqs: 'coqs',
  pax: 'pax',
  paxNames: 'pax_names',
  fngs: 'fngs',
  count: 'count',
  moleskin: 'moleskin',
};

function plain(text: string) {
  return { type: 'plain_text' as const, text, emoji: true };
}

function input(
  id: string,
  label: string,
  element: Record<string, unknown>,
  options: { optional?: boolean; hint?: string } = {},
): KnownBlock {
  return {
    type: 'input',
    block_id: id,
    label: plain(label),
    optional: options.optional ?? false,
    element: { action_id: id, ...element },
    ...(options.hint ? { hint: plain(options.hint) } : {}),
  } as KnownBlock;
}

function notEmpty<T>(key: string, v: T[] | undefined): Record<string, T[]> {
  return v && v.length > 0 ? { [key]: v } : {};
}

function given(key: string, v: string | undefined | null): Record<string, string> {
  return v ? { [key]: v } : {};
}

/** The /backblast modal, prefilled with `v`. */
export function backblastModal(v: Partial<FormValues>, target: FormTarget): ModalView {
  const record = target.mode === 'edit' && !target.own;
  const blocks: KnownBlock[] = [
    input(BLOCK.title, 'Title', {
      type: 'plain_text_input',
      max_length: 150,
      ...given('initial_value', v.title),
      placeholder: plain('Hot and humid at the Yard'),
    }),
    input(BLOCK.ao, 'AO', {
      type: 'conversations_select',
      filter: { include: ['public', 'private'], exclude_bot_users: true, exclude_external_shared_channels: true },
      ...given('initial_conversation', v.aoChannelId),
      placeholder: plain('The AO channel'),
    }),
    input(BLOCK.date, 'Date', { type: 'datepicker', ...given('initial_date', v.date) }),
    input(BLOCK.q, 'Q', { type: 'users_select', ...given('initial_user', v.qUserId) }),
    input(BLOCK.coqs, 'Co-Qs', { type: 'multi_users_select', ...notEmpty('initial_users', v.coqUserIds) }, { optional: true }),
    input(
      BLOCK.pax,
      'PAX',
      {
        type: 'multi_users_select',
        ...notEmpty('initial_users', v.paxUserIds),
        placeholder: plain('Everyone on Slack who posted'),
      },
      {
        optional: true,
        hint: 'The Q and Co-Qs count whether or not you list them here.',
      },
    ),
    input(
      BLOCK.paxNames,
      'PAX not on Slack',
      {
        type: 'plain_text_input',
        ...given('initial_value', v.paxNames?.join(', ')),
        placeholder: plain('Names, comma-separated'),
      },
      {
        optional: true,
      },
    ),
    input(
      BLOCK.fngs,
      'FNGs',
      {
        type: 'plain_text_input',
        ...given('initial_value', v.fngNames?.join(', ')),
        placeholder: plain('Names, comma-separated'),
      },
      { optional: true },
    ),
    input(
      BLOCK.count,
      'Count',
      {
        type: 'number_input',
        is_decimal_allowed: false,
        min_value: '1',
        max_value: '999',
        ...given('initial_value', v.count ? String(v.count) : null),
      },
      {
        optional: true,
        hint: 'Leave blank to count the names above.',
      },
    ),
  ];
  if (record) {
    blocks.push({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: 'Your post stays as you wrote it; these values are what gets recorded. If you edit the post later, I read it again.',
        },
      ],
    });
  } else {
    blocks.push(
      input(
        BLOCK.moleskin,
        'Moleskin',
        { type: 'plain_text_input', multiline: true, max_length: 3000, ...given('initial_value', v.moleskin) },
        { optional: true },
      ),
    );
  }
  return {
    type: 'modal',
    callback_id: BACKBLAST_FORM,
    private_metadata: JSON.stringify(target),
    title: plain(target.mode === 'new' ? 'Backblast' : 'Edit backblast'),
    submit: plain(target.mode === 'new' ? 'Post' : 'Save'),
    close: plain('Cancel'),
    blocks,
  };
}

export function readTarget(privateMetadata: string): FormTarget {
  try {
    const t = JSON.parse(privateMetadata) as Record<string, unknown>;
    if (t.mode === 'edit' && typeof t.channel === 'string' && typeof t.ts === 'string') {
      return {
        mode: 'edit',
        channel: t.channel,
        ts: t.ts,
        own: t.own === true,
        postedBy: typeof t.postedBy === 'string' ? t.postedBy : '',
      };
    }
  } catch {
    // a view of ours always carries it; anything else is a new post
  }
  return { mode: 'new' };
}

/** The values the Q entered. */
export function readModal(values: StateValues): FormValues {
  const get = (id: string) => values[id]?.[id];
  const count = get(BLOCK.count)?.value?.trim();
  return {
    title: get(BLOCK.title)?.value?.trim() ?? '',
    aoChannelId: get(BLOCK.ao)?.selected_conversation ?? get(BLOCK.ao)?.selected_channel ?? '',
    date: get(BLOCK.date)?.selected_date ?? '',
    qUserId: get(BLOCK.q)?.selected_user ?? '',
    coqUserIds: get(BLOCK.coqs)?.selected_users ?? [],
    paxUserIds: get(BLOCK.pax)?.selected_users ?? [],
    paxNames: splitNames(get(BLOCK.paxNames)?.value),
    fngNames: splitNames(get(BLOCK.fngs)?.value),
    count: count ? Number(count) : null,
    moleskin: get(BLOCK.moleskin)?.value ?? '',
  };
}

/** `response_action: errors` wants them by block id. */
export function errorsByBlock(errors: FormErrors): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) if (message) out[BLOCK[field as FormField]] = message;
  return out;
}

/** Shown at once while the form is being filled from the database and Slack. */
export function loadingModal(): ModalView {
  return {
    type: 'modal',
    title: plain('Edit backblast'),
    close: plain('Close'),
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: ':hourglass_flowing_sand: Loading the backblast…' } }],
  };
}

/** A modal that only says something (why an edit is not allowed, what went wrong). */
export function noticeModal(title: string, text: string): ModalView {
  return {
    type: 'modal',
    title: plain(title.slice(0, 24)),
    close: plain('Close'),
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }],
  };
}
