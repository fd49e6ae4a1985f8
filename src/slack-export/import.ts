import type { ControlledTransaction } from 'kysely';
import { sql } from '../db/kysely.js';
import type { ParseContext, SlackChannel, SlackUser } from '../backblast/types.js';
import { writeBackblasts, type BatchOutcome, type InsertTemplates } from '../db/queries/backblast-batches.js';
import { markAosWithBackblasts, upsertAos } from '../db/queries/aos.js';
import { upsertUsers } from '../db/queries/users.js';
import type { Database } from '../db/types.js';
import type { RegionContext } from '../region.js';
import { whenFree } from '../db/busy.js';
import { isBusy, isLockWait } from '../db/dialect.js';
import { takeWriteLock } from '../db/write-lock.js';
import { jsonArray, type Pending } from './days.js';
import { startParseThread, type ParseThread } from './parse-thread.js';
import { openExport, type ExportReader, type TopFile } from './source.js';
import { Tally, type ImportSummary } from './summary.js';
import type { ZipLimits } from './zip-limits.js';

export { SKIP_DUPLICATE, SKIP_FAILED, SKIP_NO_AO, SKIP_NO_Q, type ImportSummary } from './summary.js';

/** Backblasts per write. SQLite's transactions span writes, so its batches only bound the memory held. */
const BATCH = { sqlite: 2000, mysql: 5000 } as const;

/** How long one write may wait for a busy database (another process writing) before the import gives up on it. */
const BUSY_BUDGET_MS = 10 * 60_000;

export interface ImportProgress {
  files: number;
  totalFiles: number;
  messages: number;
  backblasts: number;
}

export interface ImportOptions {
  /** Backblasts per write (default 2,000 on SQLite, 5,000 on MySQL); on MySQL, per transaction (each
   * commit of a bulk load costs a sync and a rewrite of the index pages it touched; a run killed
   * midway resumes from the last commit). */
  batchSize?: number;
  /** SQLite: backblasts a transaction holds before it commits (default 100,000, or 3 s of writing; see BatchWriter). */
  commitRows?: number;
  /** Called after each day file. */
  onProgress?: (progress: ImportProgress) => void;
  /** Skipped backblasts listed per reason in the summary. */
  examplesPerReason?: number;
  /** Called while another process holds the database, with how long this batch has waited. */
  onWait?: (waitedMs: number) => void;
  /** How long one batch may wait for a busy database before it is reported as not written. */
  busyBudgetMs?: number;
  /** What one zip entry may inflate to (tests set small ones). */
  zipLimits?: ZipLimits;
}

/**
 * Loads a Slack workspace export (folder or zip) into the region's database: users and channels
 * upserted, every message of every channel folder parsed, backblasts written in batched
 * transactions with their Slack ts. Running it again changes nothing; an unreadable file is
 * reported in the summary and the rest goes in.
 */
export async function importExport(ctx: RegionContext, path: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const started = performance.now();
  const batchSize = options.batchSize ?? BATCH[ctx.dialect];
  // Reading and parsing run in a worker thread, writing here: each goes on while the other waits.
  // It starts first, so that its start-up overlaps the opening of the export here.
  const parsing = startParseThread({ path, limits: options.zipLimits, aheadItems: batchSize * 3 });
  let reader: ExportReader | undefined;
  let restore: (() => Promise<void>) | undefined;
  try {
    reader = await openExport(path, options.zipLimits);
    restore = await bulkLoad(ctx);
    const tally = new Tally(reader.path, options.examplesPerReason ?? 10);
    await readExport(ctx, reader, parsing, tally, { ...options, batchSize });
    await whileBusy(options, () => markAosWithBackblasts(ctx.db));
    return tally.finish((performance.now() - started) / 1000);
  } finally {
    await parsing.stop();
    await restore?.();
    await reader?.close();
  }
}

/**
 * SQLite checkpoints its write-ahead log every ~4 MB; a bulk load rewrites the same index pages
 * batch after batch, so it checkpoints every ~40 MB while the import runs, and keeps up to 64 MB of
 * pages in memory (2 MB by default) so the seven indexes' pages are not read back batch after batch.
 */
async function bulkLoad(ctx: RegionContext): Promise<() => Promise<void>> {
  if (ctx.dialect !== 'sqlite') return async () => undefined;
  const pragma = async (name: string) =>
    Number(Object.values((await sql.raw(`pragma ${name}`).execute(ctx.db)).rows[0] ?? {})[0]);
  const pages = (await pragma('wal_autocheckpoint')) || 1000;
  const cache = (await pragma('cache_size')) || -2000;
  await sql`pragma wal_autocheckpoint = 10000`.execute(ctx.db);
  await sql`pragma cache_size = -65536`.execute(ctx.db);
  return async () => {
    await sql.raw(`pragma wal_autocheckpoint = ${pages}`).execute(ctx.db);
    await sql.raw(`pragma cache_size = ${cache}`).execute(ctx.db);
  };
}

/** The import stopped because the database stayed busy: what is in stays, running it again finishes. */
export class ImportIncomplete extends Error {}

/** Database work other than the batches, waited out like them; a database that stays busy stops the import. */
async function whileBusy<T>(options: ImportOptions, work: () => Promise<T>): Promise<T> {
  const budget = options.busyBudgetMs ?? BUSY_BUDGET_MS;
  try {
    return await whenFree(work, { budgetMs: budget, onWait: options.onWait });
  } catch (err) {
    if (!isBusy(err) && !isLockWait(err)) throw err;
    throw new ImportIncomplete(
      `the database stayed busy for ${Math.round(budget / 1000)} s (another process holds it): ${(err as Error).message}`,
    );
  }
}

const NAME_FIELDS = ['name', 'real_name'] as const;
const PROFILE_NAME_FIELDS = ['display_name', 'real_name'] as const;

/** Why a users.json entry cannot be loaded, or null. */
function userProblem(u: SlackUser): string | null {
  if (typeof u !== 'object' || u === null || typeof u.id !== 'string') return 'it has no id';
  const bad = [
    ...NAME_FIELDS.filter((f) => u[f] != null && typeof u[f] !== 'string'),
    ...PROFILE_NAME_FIELDS.filter((f) => u.profile?.[f] != null && typeof u.profile[f] !== 'string').map((f) => `profile.${f}`),
  ];
  return bad.length > 0 ? `${bad.join(', ')} is not text` : null;
}

/** users.json, channels.json and groups.json, upserted; what the parser needs to know of them. */
async function loadDirectory(ctx: RegionContext, reader: ExportReader, tally: Tally, options: ImportOptions): Promise<ParseContext> {
  const list = <T>(name: TopFile): T[] => {
    const bytes = reader.top.get(name);
    if (bytes === undefined) return [];
    try {
      if (bytes instanceof Error) throw bytes;
      return jsonArray(bytes) as T[];
    } catch (err) {
      tally.unreadable(name, err);
      return [];
    }
  };
  const warnings = tally.summary.warnings;
  if (!reader.top.has('users.json')) warnings.push('no users.json: no users loaded, and names in backblasts match nobody');
  if (!reader.top.has('channels.json') && reader.top.has('groups.json')) {
    warnings.push('no channels.json beside groups.json: public channels are not known, and their folders are not read');
  }
  const users = list<SlackUser>('users.json').filter((u, i) => {
    const problem = userProblem(u);
    if (problem) warnings.push(`users.json entry ${typeof u?.id === 'string' ? u.id : `#${i + 1}`} skipped: ${problem}`);
    return !problem;
  });
  const channels = [
    ...list<SlackChannel>('channels.json'),
    ...list<SlackChannel>('groups.json').map((g) => ({ ...g, is_private: true })),
  ].filter((c) => typeof c?.id === 'string');
  await whileBusy(options, () =>
    ctx.db.transaction().execute(async (trx) => {
      await upsertUsers(trx, users);
      await upsertAos(trx, channels);
    }),
  );
  tally.summary.users = users.length;
  tally.summary.channels = channels.length;
  return { users, channels, tz: ctx.tz };
}

async function readExport(
  ctx: RegionContext,
  reader: ExportReader,
  parsing: ParseThread,
  tally: Tally,
  options: ImportOptions & { batchSize: number },
): Promise<void> {
  parsing.begin(await loadDirectory(ctx, reader, tally, options));
  const writer = new BatchWriter(ctx, tally, options.batchSize, options);
  const summary = tally.summary;
  let seen = 0;
  try {
    for await (const days of parsing.days()) {
      for (const day of days) {
        seen += 1;
        if (day.status === 'ignored') tally.ignore(day.folder);
        else if (day.status === 'unreadable') tally.unreadable(day.path, day.error);
        else summary.files += 1;
        summary.messages += day.messages;
        summary.backblasts += day.backblasts;
        for (const s of day.skipped) tally.skip(s.file, s.ts, s.reason, s.detail);
        for (const item of day.pending) await writer.add(item);
        options.onProgress?.({ files: seen, totalFiles: reader.files, messages: summary.messages, backblasts: summary.backblasts });
      }
    }
  } catch (err) {
    // The parse thread failed, or the caller's progress callback threw: what is committed stays,
    // the open transaction goes (it holds the only SQLite connection: nothing else could run).
    await writer.abandon();
    throw err;
  }
  await writer.end();
}

type Written = Pick<Pending, 'file' | 'ts' | 'unresolved'>;

/** What a SQLite transaction that spans batches has written so far, counted once it commits. */
interface OpenTransaction {
  trx: ControlledTransaction<Database>;
  since: number;
  written: Array<[Written, BatchOutcome]>;
}

// On SQLite, when a transaction that spans batches commits (see BatchWriter): once it has held the
// database for COMMIT_MS (the live bot waits no longer than that for its writes), or holds
// COMMIT_ROWS backblasts (which bounds the write-ahead log on a machine fast enough to write more
// in that time).
const COMMIT_ROWS = 100_000;
const COMMIT_MS = 3_000;
/** Backblasts in the first batch; each next one doubles, up to the batch size. */
const FIRST_BATCH = 250;

/**
 * Backblasts written a batch at a time. MySQL: a transaction per batch, one in flight while the next
 * fills. SQLite (whose writes hold this thread): a transaction spans batches until it has held the
 * database for COMMIT_MS or holds COMMIT_ROWS backblasts, because each commit rewrites every
 * index page it touched, and each batch of a bulk load touches most of them. Outcomes count once
 * committed; a run killed midway resumes from the last commit.
 */
class BatchWriter {
  private batch: Pending[] = [];
  private writing: Promise<void> = Promise.resolve();
  private open: OpenTransaction | null = null;
  private readonly templates: InsertTemplates = new Map();
  /** The first batches are smaller, so that writing starts while the first day files are parsed. */
  private next: number;

  constructor(
    private readonly ctx: RegionContext,
    private readonly tally: Tally,
    private readonly size: number,
    private readonly options: Pick<ImportOptions, 'onWait' | 'busyBudgetMs' | 'commitRows'> = {},
  ) {
    this.next = Math.min(size, FIRST_BATCH);
  }

  async add(item: Pending): Promise<void> {
    this.batch.push(item);
    if (this.batch.length >= this.next) {
      this.next = Math.min(this.size, this.next * 2);
      await this.flush();
    }
  }

  async end(): Promise<void> {
    await this.flush();
    await this.writing;
    if (this.open) await this.commit(this.open);
  }

  /** The import is stopping on an error: the batch in flight ends, the open transaction is rolled back. */
  async abandon(): Promise<void> {
    this.batch = [];
    await this.writing.catch(() => undefined);
    const open = this.open;
    this.open = null;
    if (open) await open.trx.rollback().execute().catch(() => undefined);
  }

  private async flush(): Promise<void> {
    const items = this.batch;
    this.batch = [];
    await this.writing;
    if (items.length === 0) return;
    this.writing = this.ctx.dialect === 'sqlite' ? this.writeSpanning(items) : this.write(items);
    // Awaited before the next batch or at the end; until then its failure must not go unhandled.
    this.writing.catch(() => undefined);
  }

  private busyWait<T>(work: () => Promise<T>): Promise<T> {
    return whenFree(work, { budgetMs: this.options.busyBudgetMs ?? BUSY_BUDGET_MS, onWait: this.options.onWait });
  }

  /**
   * A busy database (the live bot writing beside the import) is waited out, batch by batch, never
   * turned into skipped backblasts; only a batch that still cannot be written after the budget is
   * reported as not written, and the command then says how to finish.
   */
  private async write(items: Pending[]): Promise<void> {
    let outcomes: BatchOutcome[];
    try {
      outcomes = await this.busyWait(() => this.attempt(items));
    } catch (err) {
      outcomes = items.map(() => failed(err));
    }
    items.forEach((item, i) => this.tally.written(item, outcomes[i]!));
  }

  private async attempt(items: Pending[]): Promise<BatchOutcome[]> {
    const trx = await this.begin();
    try {
      const outcomes = await writeBackblasts(
        trx,
        items.map((i) => i.record),
        this.templates,
      );
      await trx.commit().execute();
      return outcomes;
    } catch (err) {
      await trx.rollback().execute();
      throw err;
    }
  }

  private async begin(): Promise<ControlledTransaction<Database>> {
    const trx = await this.ctx.db.startTransaction().execute();
    try {
      await takeWriteLock(trx, this.ctx.dialect);
      return trx;
    } catch (err) {
      await trx.rollback().execute();
      throw err;
    }
  }

  /**
   * SQLite: the batch joins the open transaction, or begins one once the database is free (the write
   * lock taken first, so nothing after it waits on another connection). A failure undoes the whole
   * transaction, and its backblasts are reported as not written.
   */
  private async writeSpanning(items: Pending[]): Promise<void> {
    let open: OpenTransaction | null = this.open;
    try {
      open ??= this.open = { trx: await this.busyWait(() => this.begin()), since: performance.now(), written: [] };
      const outcomes = await writeBackblasts(
        open.trx,
        items.map((i) => i.record),
        this.templates,
      );
      // Only what the tally needs: the records themselves (and their text) can go once written.
      items.forEach(({ file, ts, unresolved }, i) => open!.written.push([{ file, ts, unresolved }, outcomes[i]!]));
    } catch (err) {
      if (open) await this.undo(open, err);
      for (const item of items) this.tally.written(item, failed(err));
      return;
    }
    if (open.written.length >= (this.options.commitRows ?? COMMIT_ROWS) || performance.now() - open.since >= COMMIT_MS) await this.commit(open);
  }

  private async commit(open: OpenTransaction): Promise<void> {
    this.open = null;
    try {
      await open.trx.commit().execute();
    } catch (err) {
      await this.undo(open, err);
      return;
    }
    for (const [item, outcome] of open.written) this.tally.written(item, outcome);
  }

  private async undo(open: OpenTransaction, err: unknown): Promise<void> {
    this.open = null;
    await open.trx.rollback().execute().catch(() => undefined);
    for (const [item] of open.written) this.tally.written(item, failed(err));
  }
}

function failed(err: unknown): BatchOutcome {
  return { status: 'failed', error: err instanceof Error ? err.message : String(err) };
}
