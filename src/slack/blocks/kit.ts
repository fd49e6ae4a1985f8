import type { KnownBlock } from '@slack/types';

// The Block Kit pieces every message here is made of, cut to Slack's limits in one way: a text too
// long for its block ends in "…" instead of making Slack refuse the whole message.

/** Slack's limits: a section's text, a header's, one field's, and fields per section. */
export const SECTION_MAX = 3000;
const HEADER_MAX = 150;
const FIELD_MAX = 2000;
const FIELDS_MAX = 10;

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function header(text: string): KnownBlock {
  return { type: 'header', text: { type: 'plain_text', text: cut(text, HEADER_MAX), emoji: true } };
}

export function section(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: cut(text, SECTION_MAX) } };
}

/** Two-column label/value fields (at most ten). */
export function fields(items: Array<[label: string, value: string]>): KnownBlock {
  return {
    type: 'section',
    fields: items
      .slice(0, FIELDS_MAX)
      .map(([label, value]) => ({ type: 'mrkdwn', text: cut(`*${label}*\n${value}`, FIELD_MAX) })),
  };
}

/** A small grey line per non-empty text. */
export function context(...lines: string[]): KnownBlock {
  return { type: 'context', elements: lines.filter(Boolean).map((text) => ({ type: 'mrkdwn', text })) };
}
