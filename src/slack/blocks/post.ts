import type { KnownBlock } from '@slack/types';
import { EDIT_BACKBLAST } from './ids.js';
import { SECTION_MAX, section } from './kit.js';

/** Splits text into pieces of at most `max` characters, at line breaks where it can. */
export function chunks(text: string, max = SECTION_MAX): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = rest.lastIndexOf('\n', max);
    if (cut < max / 2) cut = max;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^\n/, '');
  }
  if (rest.trim()) out.push(rest);
  return out;
}

/** A posted backblast: its text in sections, and the Edit button (the message itself says which one). */
export function postBlocks(text: string): KnownBlock[] {
  return [
    ...chunks(text).map(section),
    {
      type: 'actions',
      elements: [{ type: 'button', action_id: EDIT_BACKBLAST, text: { type: 'plain_text', text: 'Edit', emoji: true } }],
    },
  ];
}
