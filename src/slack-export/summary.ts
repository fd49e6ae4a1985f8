import type { ParsedBackblast } from '../backblast/types.js';
import type { BatchOutcome } from '../db/queries/backblast-batches.js';

export const SKIP_DUPLICATE = 'duplicate AO + date + Q';
export const SKIP_NO_Q = 'no Q';
export const SKIP_NO_AO = 'no AO';
export const SKIP_FAILED = 'could not be written';

export interface SkippedBackblast {
  file: string;
  ts: string;
  reason: string;
  detail: string;
}

export interface ImportSummary {
  source: string;
  users: number;
  channels: number;
  /** Day files read. */
  files: number;
  /** Files that could not be read or were not a list of messages; skipped. */
  unreadable: { file: string; error: string }[];
  /** Folders that are no channel of channels.json or groups.json (DMs…); not read. */
  ignoredFolders: string[];
  messages: number;
  backblasts: number;
  /** New in the database. */
  saved: number;
  /** Stored before, replaced by a later edit. */
  updated: number;
  /** Stored before as they are. */
  unchanged: number;
  /** Backblasts not recorded, by reason. */
  skipped: Record<string, number>;
  /** The first few skipped backblasts of each reason. */
  examples: SkippedBackblast[];
  /** Names in recorded backblasts that match no Slack user, most frequent first. */
  unresolved: { name: string; count: number }[];
  /** What the export lacks or had to be left out of it (no users.json, a user entry without a name, …). */
  warnings: string[];
  seconds: number;
}

/** Why a parsed backblast cannot be recorded (recordFromParse refused it). */
export function reasonOf(parsed: ParsedBackblast): string {
  return parsed.q_user_id ? SKIP_NO_AO : SKIP_NO_Q;
}

/** Counts an import as it goes. */
export class Tally {
  readonly summary: ImportSummary;
  private readonly unresolved = new Map<string, number>();
  private readonly ignored = new Set<string>();

  constructor(
    source: string,
    private readonly examplesPerReason: number,
  ) {
    this.summary = {
      source,
      users: 0,
      channels: 0,
      files: 0,
      unreadable: [],
      ignoredFolders: [],
      messages: 0,
      backblasts: 0,
      saved: 0,
      updated: 0,
      unchanged: 0,
      skipped: {},
      examples: [],
      unresolved: [],
      warnings: [],
      seconds: 0,
    };
  }

  unreadable(file: string, err: unknown): void {
    this.summary.unreadable.push({ file, error: err instanceof Error ? err.message : String(err) });
  }

  ignore(folder: string): void {
    this.ignored.add(folder);
  }

  skip(file: string, ts: string, reason: string, detail: string): void {
    const n = (this.summary.skipped[reason] ?? 0) + 1;
    this.summary.skipped[reason] = n;
    if (n <= this.examplesPerReason) this.summary.examples.push({ file, ts, reason, detail });
  }

  /** What became of one backblast handed to the database. */
  written(item: { file: string; ts: string; unresolved: string[] }, outcome: BatchOutcome): void {
    switch (outcome.status) {
      case 'saved':
        if (outcome.replaced) this.summary.updated += 1;
        else this.summary.saved += 1;
        break;
      case 'unchanged':
        this.summary.unchanged += 1;
        break;
      case 'duplicate':
        this.skip(
          item.file,
          item.ts,
          SKIP_DUPLICATE,
          `${outcome.reason} (message ${outcome.existingTs ?? 'from an older tool'})`,
        );
        return;
      case 'failed':
        this.skip(item.file, item.ts, SKIP_FAILED, outcome.error);
        return;
    }
    for (const name of item.unresolved) this.unresolved.set(name, (this.unresolved.get(name) ?? 0) + 1);
  }

  finish(seconds: number): ImportSummary {
    this.summary.ignoredFolders = [...this.ignored].sort();
    this.summary.unresolved = [...this.unresolved]
      .map(([name, count]) => ({ name, count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    this.summary.examples.sort((a, b) => a.reason.localeCompare(b.reason) || a.file.localeCompare(b.file));
    this.summary.seconds = seconds;
    return this.summary;
  }
}
