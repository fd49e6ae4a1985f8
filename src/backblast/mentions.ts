import type { ParsedBackblast } from './types.js';

/** What the workspace directory says of an id: a person (channel) of the workspace, or not known as one. */
export interface Known {
  user(id: string): boolean;
  channel(id: string): boolean;
}

export type Vetted = { ok: true; parsed: ParsedBackblast } | { ok: false; parsed: ParsedBackblast; problem: string };

const list = (ids: string[], mark: string) => ids.map((id) => `<${mark}${id}>`).join(', ');

/**
 * Mentions checked against the workspace: a PAX or Co-Q who is no person of it is left out of the
 * attendance and named in a warning; a Q who is none, or an AO that is no channel of it, refuses
 * the backblast with the reason. The parser reads any `<@U…>`; only the directory knows who exists.
 */
export function vetMentions(input: ParsedBackblast, known: Known): Vetted {
  const parsed: ParsedBackblast = { ...input, warnings: [...input.warnings] };
  if (parsed.q_user_id && !known.user(parsed.q_user_id)) {
    return { ok: false, parsed, problem: `The Q <@${parsed.q_user_id}> is not a person of this workspace: fix the Q line.` };
  }
  if (parsed.ao_channel_id && !known.channel(parsed.ao_channel_id)) {
    return { ok: false, parsed, problem: `The AO <#${parsed.ao_channel_id}> is not a channel of this workspace: fix the AO line.` };
  }
  const strangers = [...new Set([...parsed.coq_user_ids, ...parsed.pax_user_ids])].filter((id) => !known.user(id));
  if (strangers.length > 0) {
    parsed.coq_user_ids = parsed.coq_user_ids.filter((id) => known.user(id));
    parsed.pax_user_ids = parsed.pax_user_ids.filter((id) => known.user(id));
    const shown = strangers.slice(0, 10);
    const more = strangers.length > shown.length ? ` and ${strangers.length - shown.length} more` : '';
    parsed.warnings.push(`Not people of this workspace, so not recorded: ${list(shown, '@')}${more}.`);
  }
  return { ok: true, parsed };
}
