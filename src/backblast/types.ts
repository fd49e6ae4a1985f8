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

/** The `parse` record of CONTRACTS.md for a message that is not a backblast. */
export interface NotBackblast {
  ts: string;
  channel: string | null;
  is_backblast: false;
}

/** The `parse` record of CONTRACTS.md for a backblast. */
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
 * The form's values, as our bot puts them in a posted backblast's message metadata
 * (`metadata: { event_type: 'backblast', event_payload: BackblastPayload }`). When a message carries
 * it, the parser takes these values instead of reading the text.
 */
export interface BackblastPayload {
  title: string;
  /** YYYY-MM-DD */
  date: string;
  ao_channel_id: string;
  q_user_id: string;
  coq_user_ids: string[];
  /** Attendees on Slack (the Q and Co-Qs may be listed too). */
  pax_user_ids: string[];
  /** Attendees typed by name, not on Slack. */
  pax_names: string[];
  fng_names: string[];
  /** The count the Q typed, or null to count the names. */
  count: number | null;
  moleskin: string;
  /** Who submitted the form. */
  poster_user_id: string;
}
