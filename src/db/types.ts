import type { ColumnType, Generated, Insertable, Kysely, Selectable, Transaction } from 'kysely';

// PAXminer's tables, with PAXminer's column names and meaning.
// Dates are `YYYY-MM-DD` strings on both dialects (mysql2 runs with dateStrings).

/** JSON kept as text: written as a string, read back as a string (MariaDB) or an object (MySQL). */
export type JsonColumn = ColumnType<unknown, string | null | undefined, string | null>;

export interface AosTable {
  channel_id: string;
  ao: string;
  /** Unix seconds. */
  channel_created: number;
  archived: number;
  /** 1 when the channel takes backblasts (PAXminer's switch), null when nobody said. */
  backblast: number | null;
}

export interface UsersTable {
  user_id: string;
  user_name: string;
  real_name: string;
  phone: string | null;
  email: string | null;
  start_date: string | null;
  app: ColumnType<number, number | undefined, number>;
  json: JsonColumn;
}

export interface BeatdownsTable {
  /** Slack message ts of the backblast. */
  timestamp: string | null;
  /** ts of the latest edit (`edited.ts`), when edited. */
  ts_edited: string | null;
  ao_id: string;
  bd_date: string;
  q_user_id: string;
  coq_user_id: string | null;
  pax_count: number | null;
  backblast: string | null;
  backblast_parsed: string | null;
  fngs: string | null;
  fng_count: number | null;
  json: JsonColumn;
}

export interface BdAttendanceTable {
  timestamp: string | null;
  ts_edited: string | null;
  user_id: string;
  ao_id: string;
  /** YYYY-MM-DD, a varchar in PAXminer's schema. */
  date: string;
  q_user_id: string;
  json: JsonColumn;
}

export interface AttendanceView {
  Date: string;
  AO: string | null;
  PAX: string | null;
  Q: string | null;
}

export interface BeatdownInfoView {
  Date: string;
  AO: string | null;
  Q: string | null;
  Q_Is_App: number | null;
  CoQ: string | null;
  pax_count: number | null;
  fngs: string | null;
  fng_count: number | null;
}

/** A mutual-exclusion lease for jobs that must not run twice at once (SQLite; MySQL uses GET_LOCK). */
export interface JobLocksTable {
  name: string;
  holder: string;
  /** Unix milliseconds. */
  expires_at: number;
}

/**
 * How far the nightly reconciliation has read a channel's history (Slack `ts` strings). `read_to`:
 * everything up to it is read. `pass_*`: a window (`pass_oldest`, `pass_top`) being read newest first,
 * read down to `pass_latest` so far; null when no pass is under way.
 */
export interface ChannelCursorsTable {
  channel_id: string;
  read_to: string | null;
  pass_oldest: string | null;
  pass_latest: string | null;
  pass_top: string | null;
  /** Unix milliseconds. */
  updated_at: number;
}

/** A PAX who asked not to get the monthly chart DM (`/paxminer optout`). */
export interface MonthlyOptoutsTable {
  user_id: string;
  /** Unix milliseconds. */
  opted_out_at: number;
}

/**
 * The monthly delivery ledger: one row per (month, kind, target), so each goes out once.
 * `status`: 'sending' (marked right before the message is shared), 'sent', or 'failed' (Slack said no).
 */
export interface MonthlyDeliveriesTable {
  month: string;
  kind: string;
  target: string;
  channel_id: string | null;
  status: string;
  /** Comma-separated Slack file ids of the upload. */
  file_ids: string | null;
  attempts: ColumnType<number, number | undefined, number>;
  error: string | null;
  /** Unix milliseconds. */
  updated_at: number;
  sent_at: number | null;
}

/** The private notes sent about posts: one per (team, channel, ts, version), claimed before sending. */
export interface MessageNotesTable {
  team_id: string;
  channel_id: string;
  ts: string;
  /** The message version the note is about: its edit ts, its own ts, or 'deleted'. */
  version: string;
  /** recorded, refused or removed. */
  kind: string;
  /** Unix milliseconds. */
  sent_at: number;
}

/** The achievement catalogue (weaselbot's `achievements_list`, plus how an automatic one is counted). */
export interface AchievementsListTable {
  id: Generated<number>;
  name: string;
  description: string;
  verb: string;
  code: string;
  /** What is counted: posts, qs, q_aos, ao_posts, qsource, or manual (awarded by hand only). */
  counted: ColumnType<string, string | undefined, string>;
  threshold: number | null;
  /** week, month, year or ever. */
  period: ColumnType<string, string | undefined, string>;
  enabled: ColumnType<number, number | undefined, number>;
  builtin: ColumnType<number, number | undefined, number>;
}

/**
 * Awards (weaselbot's `achievements_awarded`, plus the period key that makes each award once and the
 * announcement's ledger). `status`: pending, sending, sent, failed, quiet (too old to announce).
 */
export interface AchievementsAwardedTable {
  id: Generated<number>;
  achievement_id: number;
  pax_id: string;
  date_awarded: string;
  /** 2026-W48, 2026-11, 2026, all, or a date for a manual award. */
  period: string;
  /** auto, backblast or admin. */
  source: string;
  status: string;
  channel_id: string | null;
  message_ts: string | null;
  error: string | null;
  /** Unix milliseconds. */
  created: number;
  updated: number;
}

/** The region's own settings, by name (see src/settings.ts). */
export interface PaxminerSettingsTable {
  name: string;
  value: string;
  updated_at: number;
}

/** Site Qs per AO, set by admins (`/paxminer siteq`). */
export interface AoSiteQsTable {
  ao_id: string;
  user_id: string;
  set_by: string | null;
  set_at: number;
}

/** The weekly report's ledger: one row per (week, recipient); statuses as in monthly_deliveries. */
export interface WeeklyDeliveriesTable {
  week: string;
  recipient: string;
  channel_id: string | null;
  status: string;
  message_ts: string | null;
  attempts: ColumnType<number, number | undefined, number>;
  error: string | null;
  updated_at: number;
  sent_at: number | null;
}

/** An FNG named in a backblast, until (and after) he joins Slack. `told`: sending, sent or failed. */
export interface FngNamesTable {
  ao_id: string;
  bd_date: string;
  q_user_id: string;
  norm_name: string;
  name: string;
  user_id: string | null;
  linked_at: number | null;
  told: string | null;
}

export interface Database {
  aos: AosTable;
  users: UsersTable;
  beatdowns: BeatdownsTable;
  bd_attendance: BdAttendanceTable;
  attendance_view: AttendanceView;
  beatdown_info: BeatdownInfoView;
  job_locks: JobLocksTable;
  channel_cursors: ChannelCursorsTable;
  monthly_optouts: MonthlyOptoutsTable;
  monthly_deliveries: MonthlyDeliveriesTable;
  message_notes: MessageNotesTable;
  achievements_list: AchievementsListTable;
  achievements_awarded: AchievementsAwardedTable;
  paxminer_settings: PaxminerSettingsTable;
  ao_site_qs: AoSiteQsTable;
  weekly_deliveries: WeeklyDeliveriesTable;
  fng_names: FngNamesTable;
}

export type Db = Kysely<Database> | Transaction<Database>;

export type AoRow = Insertable<AosTable>;
export type UserRow = Insertable<UsersTable>;
export type Beatdown = Selectable<BeatdownsTable>;
export type Attendance = Selectable<BdAttendanceTable>;
export type { Generated };

// The control database of many-regions mode: PAXminer's `regions` registry (its columns keep their
// names and meaning) plus ours, and the per-region, per-period job claims.

export interface RegionsTable {
  region: string;
  slack_token: string | null;
  schema_name: string;
  /** 1 or 0, as PAXminer has it. */
  active: number;
  firstf_channel: string | null;
  contact: string | null;
  send_pax_charts: number | null;
  send_ao_leaderboard: number | null;
  send_q_charts: number | null;
  send_region_leaderboard: number | null;
  scrape_backblasts: number | null;
  team_id: string | null;
  enterprise_id: string | null;
  bot_user_id: string | null;
  bot_id: string | null;
  installer_user_id: string | null;
  /** Unix milliseconds. */
  installed_at: number | null;
  uninstalled_at: number | null;
  time_zone: string | null;
  /** Comma-separated Slack user ids, beside workspace admins and owners. */
  admin_user_ids: string | null;
  /** Unix milliseconds; null when the token does not expire. */
  token_expires_at: number | null;
  refresh_token: string | null;
}

export interface RegionJobRunsTable {
  schema_name: string;
  job: string;
  /** The period the run is for: a region-local date (reconcile), month (monthly) or hour `YYYY-MM-DDTHH` (weekly, achievements). */
  period: string;
  holder: string;
  lease_until: number;
  done_at: number | null;
  error: string | null;
}

export interface ControlDatabase {
  regions: RegionsTable;
  region_job_runs: RegionJobRunsTable;
}
