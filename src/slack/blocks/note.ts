// The private notes the poster gets: what was recorded, what could not be and how to fix it.

import type { KnownBlock } from '@slack/types';
import type { ParsedBackblast } from '../../backblast/types.js';
import { escapeMrkdwn } from '../../backblast/format.js';
import { EDIT_BACKBLAST, editValue, type EditTarget } from './ids.js';
import { section } from './kit.js';
import { chunks } from './post.js';

export interface Note {
  /** Notification and fallback text. */
  text: string;
  blocks: KnownBlock[];
}

/** An earlier post holding the same AO, date and Q. */
export interface ExistingPost {
  title: string | null;
  link: string | null;
}

function editButton(target: EditTarget): KnownBlock {
  return {
    type: 'actions',
    elements: [
      {
        type: 'button',
        action_id: EDIT_BACKBLAST,
        value: editValue(target),
        text: { type: 'plain_text', text: 'Edit in form', emoji: true },
      },
    ],
  };
}

/** AO, date, Q, Co-Qs and count in one line. */
export function summary(p: ParsedBackblast): string {
  const parts = [
    `*AO*: ${p.ao_channel_id ? `<#${p.ao_channel_id}>` : 'none found'}`,
    `*Date*: ${p.date}`,
    `*Q*: ${p.q_user_id ? `<@${p.q_user_id}>` : 'none found'}`,
  ];
  if (p.coq_user_ids.length > 0) parts.push(`*Co-Qs*: ${p.coq_user_ids.map((id) => `<@${id}>`).join(' ')}`);
  parts.push(`*Count*: ${p.pax_count}${p.fng_count > 0 ? ` (${p.fng_count} FNG${p.fng_count === 1 ? '' : 's'})` : ''}`);
  return parts.join('  ·  ');
}

function details(p: ParsedBackblast): KnownBlock[] {
  const out: KnownBlock[] = [];
  if (p.unresolved_pax.length > 0) {
    out.push(
      section(
        `:grey_question: *Names that matched nobody on Slack*: ${p.unresolved_pax.map(escapeMrkdwn).join(', ')}\nTag them with @ in your post, or pick them in the form.`,
      ),
    );
  }
  if (p.warnings.length > 0) out.push(section(`:warning: ${p.warnings.map((w) => `• ${w}`).join('\n')}`));
  return out;
}

function title(p: ParsedBackblast): string {
  return p.title ? ` “${escapeMrkdwn(p.title)}”` : '';
}

/** After a save: what was recorded. */
export function recordedNote(p: ParsedBackblast, target: EditTarget, options: { updated: boolean }): Note {
  const head = `Backblast${title(p)} ${options.updated ? 'updated' : 'recorded'}.`;
  return {
    text: `${head} ${p.pax_count} PAX.`,
    blocks: [section(`:white_check_mark: ${head}\n${summary(p)}`), ...details(p), editButton(target)],
  };
}

/** A backblast found but not saved: why, and what to do. */
export function refusedNote(
  p: ParsedBackblast,
  problem: string,
  target: EditTarget,
  options: { existing?: ExistingPost; edit?: boolean } = {},
): Note {
  const lines = [
    options.edit
      ? `:no_entry: I read your edited backblast${title(p)} but couldn't record the change; the earlier version stays recorded.`
      : `:no_entry: I found a backblast${title(p)} in your post but couldn't record it.`,
    problem,
  ];
  const e = options.existing;
  if (e) {
    const which = e.link
      ? `<${e.link}|${e.title ? escapeMrkdwn(e.title) : 'this post'}>`
      : e.title
        ? `“${escapeMrkdwn(e.title)}”`
        : 'another post';
    lines.push(`It is already recorded from ${which}. Fix the AO, date or Q here, or edit or delete the other post.`);
  }
  lines.push(`What I read: ${summary(p)}`);
  return {
    text: `Your backblast couldn't be recorded: ${problem}`,
    blocks: [section(lines.join('\n')), ...details(p), editButton(target)],
  };
}

/** An edit turned the post into something that is no longer a backblast. */
export function removedNote(): Note {
  const text =
    'Your edited post no longer reads as a backblast, so I removed its record. Put the Q and PAX lines back to record it again.';
  return { text, blocks: [section(`:wastebasket: ${text}`)] };
}

/** A backblast arrived while the database was unreachable: kept, and recorded when it is back. */
export function notRecordedYetNote(): Note {
  const text =
    "I received your backblast but could not record it yet: the database is not answering. I kept it and will record it as soon as the database is back, and tell you then.";
  return { text, blocks: [section(`:hourglass_flowing_sand: ${text}`)] };
}

/** The form's backblast could not be posted or recorded: why, and the backblast itself, so nothing is lost. */
export function notPostedNote(reason: string, backblast: string): Note {
  return {
    text: reason,
    blocks: [section(`:no_entry: ${reason}\nHere is your backblast, so nothing is lost:`), ...chunks(backblast).map(section)],
  };
}
