/** A Slack message as the Events API or an export carries it. */
export interface SlackMessage {
  ts: string;
  channel?: string;
  text?: string;
  user?: string;
  type?: string;
  subtype?: string;
  bot_id?: string;
  username?: string;
  thread_ts?: string;
  edited?: { user?: string; ts: string };
  blocks?: unknown[];
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
  [key: string]: unknown;
}

/** One entry of Slack's `users.json` / `users.list`. */
export interface SlackUser {
  id: string;
  name?: string;
  real_name?: string;
  deleted?: boolean;
  is_bot?: boolean;
  is_app_user?: boolean;
  is_admin?: boolean;
  is_owner?: boolean;
  profile?: {
    display_name?: string;
    real_name?: string;
    display_name_normalized?: string;
    real_name_normalized?: string;
    email?: string;
    phone?: string;
  };
  [key: string]: unknown;
}

/** One entry of Slack's `channels.json` / `conversations.list`. */
export interface SlackChannel {
  id: string;
  name?: string;
  created?: number;
  is_archived?: boolean;
  is_private?: boolean;
  is_member?: boolean;
  [key: string]: unknown;
}

/** What the parser needs to know about the region besides the message. */
export interface ParseContext {
  users: readonly SlackUser[];
  channels: readonly SlackChannel[];
  /** IANA time zone of the region; with the message ts it defines "today". */
  tz: string;
}

/** The `parse` record (README, Command line: `parse`) for a message that is not a backblast. */
export interface NotBackblast {
  ts: string;
  channel: string | null;
  is_backblast: false;
}

/** The `parse` record (README, Command line: `parse`) for a backblast. */
export interface ParsedBackblast {
  ts: string;
  channel: string | null;
  is_backblast: true;
  title: string;
  /** YYYY-MM-DD */
  date: string;
  ao_channel_id: string | null;
  q_user_id: string | null;
  coq_user_ids: string[];
  pax_user_ids: string[];
  unresolved_pax: string[];
  fng_names: string[];
  fng_count: number;
  pax_count: number;
  warnings: string[];
}

export type ParseResult = NotBackblast | ParsedBackblast;

/**
 * `metadata.event_payload` of the backblasts our own bot posts (`metadata.event_type` is
 * `backblast`): the values of the /backblast form, so the post never has to be re-read from its
 * text. The parser prefers these values over the text when they are present.
 */
export interface BackblastPayload {
  /** Shape version; bump when a field changes meaning. */
  version: 1;
  title: string;
  /** YYYY-MM-DD, the workout's date as picked on the form. */
  date: string;
  ao_channel_id: string;
  q_user_id: string;
  coq_user_ids: string[];
  /** PAX picked from Slack users; the Q and Co-Qs may appear here too (they count once). */
  pax_user_ids: string[];
  /** Names of PAX who are not on Slack, one per entry. */
  non_slack_pax: string[];
  /** FNG names, one per entry; an FNG may also be in `pax_user_ids` or `non_slack_pax`. */
  fng_names: string[];
  /** Number of FNGs when larger than `fng_names` (FNGs counted but not named); else omitted. */
  fng_count?: number;
  /** The count the Q stated on the form; null to count the people above. */
  count: number | null;
  /** Who submitted the form (`YHC`). */
  posted_by: string;
}

/** One backblast as it is stored: a beatdown and its attendance, keyed by the Slack message ts. */
export interface BeatdownRecord {
  ts: string;
  tsEdited: string | null;
  /** The channel the message lives in (for edits and deletes); may differ from the AO. */
  channel: string | null;
  aoId: string;
  /** YYYY-MM-DD */
  date: string;
  qUserId: string;
  coqUserIds: string[];
  /** Every attendee with a Slack id, Q and Co-Qs included. */
  paxUserIds: string[];
  paxCount: number;
  fngNames: string[];
  fngCount: number;
  title: string;
  backblast: string;
  backblastParsed?: string;
  /** Extra facts kept in the `json` column (unresolved names, warnings, source, …). */
  extra?: Record<string, unknown>;
}
