// `paxminer import` at region scale: a five-year, forty-AO export (about 45,000 backblasts and
// 285,000 attendance rows) imported into SQLite and into MariaDB by the CLI, as an admin runs it.
// Prints throughput, peak memory (RSS of the import process), the time of a second import, and the
// ratio to a floor importer measured in the same run (bench/import-floor.ts).
// MariaDB: TEST_MYSQL_URL or mysql://root@127.0.0.1:3306; skipped when none answers.
// `npm run bench -- import --years 1 --aos 10`: a smaller region, for quick iterations; `--rounds 5`:
// more turns of ours and the floor (3 by default).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createConnection } from 'mysql2/promise';
import { openDatabase } from '../src/db/connect.js';
import { mysqlFloor, readAll, sqliteFloor, storedRows } from './import-floor.js';
import { generateExport, type GeneratedExport } from '../scripts/sample-export/generate.js';
import { zipFolder } from '../scripts/sample-export/zip-writer.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** A whole-number option (`--years 2` or `--years=2`), else its default. */
function wholeArg(name: string, fallback: number): number {
  const args = process.argv;
  const at = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (at < 0) return fallback;
  const text = args[at]!.includes('=') ? args[at]!.split('=')[1] : args[at + 1];
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name}: expected a whole number from 1, got '${text}'`);
  return value;
}

/** The built CLI when `npm run build` made it, else the same code from source. */
function cliArgs(): string[] {
  return existsSync(join(ROOT, 'dist/slack-export/import.js')) ? ['dist/cli.js'] : ['--import', 'tsx', 'src/cli.ts'];
}

function importCli(path: string, databaseUrl: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...cliArgs(), 'import', path], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`import exited ${code}: ${err.slice(-2000)}`))));
  });
}

interface Figures {
  seconds: number;
  rate: number;
  recorded: string;
  peakMb: number;
}

function figures(out: string): Figures {
  const head = /Imported .* in ([\d.]+) s \(([\d,]+) backblasts\/s\)/.exec(out);
  const recorded = /recorded: (.*)/.exec(out);
  const peak = /peak memory: ([\d,]+) MB/.exec(out);
  if (!head || !recorded || !peak) throw new Error(`unexpected import output:\n${out}`);
  return {
    seconds: Number(head[1]),
    rate: Number(head[2]!.replace(/,/g, '')),
    recorded: recorded[1]!,
    peakMb: Number(peak[1]!.replace(/,/g, '')),
  };
}

async function countRows(url: string): Promise<{ beatdowns: number; attendance: number }> {
  const { db } = openDatabase(url);
  try {
    const count = async (table: 'beatdowns' | 'bd_attendance') =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return { beatdowns: await count('beatdowns'), attendance: await count('bd_attendance') };
  } finally {
    await db.destroy();
  }
}

/** Two databases of a kind for one round, ours and the floor's, each new; `drop` removes them. */
interface Round {
  url: string;
  floorUrl: string;
  drop(): Promise<void>;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Ours and the floor, taking turns for `rounds` rounds (each into new databases), so that a spell of
 * load on a shared machine falls on both; the medians and their ratio are printed.
 */
async function measure(label: string, made: GeneratedExport, rounds: Round[]): Promise<void> {
  const ours: Figures[] = [];
  const floors: number[] = [];
  let rows = { beatdowns: 0, attendance: 0 };
  let stored: Awaited<ReturnType<typeof storedRows>> | null = null;
  let again: Figures | null = null;
  for (const round of rounds) {
    ours.push(figures(await importCli(made.dir, round.url)));
    if (!stored) {
      rows = await countRows(round.url);
      stored = await storedRows(round.url);
    }
    floors.push(await (label === 'sqlite' ? sqliteFloor : mysqlFloor)(made.dir, stored, round.floorUrl));
    // The last round's database is imported into again; each round's go once it is measured (a
    // round beside the databases of the ones before it ran slower, by up to a fifth, on SQLite).
    if (round === rounds.at(-1)) again = figures(await importCli(made.dir, round.url));
    await round.drop();
  }
  const first = ours.find((f) => f.seconds === median(ours.map((o) => o.seconds)))!;
  const floor = median(floors);
  const ok = rows.beatdowns === made.saved && rows.attendance === made.attendance;
  const fmt = (n: number) => n.toLocaleString('en-US');
  const list = (values: number[]) => values.map((v) => v.toFixed(1)).join(', ');
  console.log(
    `${label.padEnd(8)} ${fmt(first.rate)} backblasts/s (${first.seconds.toFixed(1)} s; ${first.recorded}); ` +
      `peak RSS ${Math.max(...ours.map((o) => o.peakMb))} MB; second import ${again!.seconds.toFixed(1)} s (${again!.recorded})`,
  );
  console.log(
    `${''.padEnd(8)} stored ${fmt(rows.beatdowns)} beatdowns, ${fmt(rows.attendance)} attendance rows: ${ok ? 'as generated' : 'MISMATCH with the generator'}`,
  );
  console.log(
    `${''.padEnd(8)} floor (same files read, same rows inserted, no parsing) ${floor.toFixed(1)} s: ours ${(first.seconds / floor).toFixed(2)}x the floor ` +
      `(medians of ${rounds.length} rounds, taking turns: ours ${list(ours.map((o) => o.seconds))} s; floor ${list(floors)} s)`,
  );
  if (!ok) process.exitCode = 1;
}

async function mysqlServer(): Promise<string | null> {
  const url = process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';
  try {
    const conn = await createConnection({ uri: url, connectTimeout: 3000 });
    await conn.end();
    return url.replace(/\/$/, '');
  } catch {
    return null;
  }
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'paxminer-bench-import-'));
  try {
    const years = wholeArg('years', 5);
    const aos = wholeArg('aos', 40);
    const started = performance.now();
    const made = generateExport({ dir: join(dir, 'export'), seed: 7, aos, months: 12 * years, start: '2020-01-01' });
    console.log(
      `export: ${aos} AOs x ${years} years, ${made.files.toLocaleString('en-US')} day files, ${made.messages.toLocaleString('en-US')} messages, ` +
        `${made.backblasts.toLocaleString('en-US')} backblasts (${made.saved.toLocaleString('en-US')} to record), ` +
        `${made.attendance.toLocaleString('en-US')} attendance rows; generated in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    // Memory stays flat: one year of the export peaks about as high.
    const year = generateExport({ dir: join(dir, 'year'), seed: 7, aos, months: 12, start: '2020-01-01' });
    const yearPeak = figures(await importCli(year.dir, `sqlite:${join(dir, 'year.sqlite')}`)).peakMb;
    rmSync(year.dir, { recursive: true, force: true });
    console.log(
      `(one year of the same region, ${year.backblasts.toLocaleString('en-US')} backblasts, peaks at ${yearPeak} MB RSS)`,
    );

    const rounds = Array.from({ length: wholeArg('rounds', 3) }, (_, i) => i);
    // The export on disk and in the page cache, as a downloaded one is: neither ours nor the floor
    // runs beside the write-back of 51,000 files just written, nor pays their first read (which
    // also updates their access times).
    try {
      execFileSync('sync');
    } catch {
      // No `sync` here: the kernel writes them back in its own time.
    }
    readAll(made.dir);
    await measure(
      'sqlite',
      made,
      rounds.map((i) => {
        const files = [`bench-${i}.sqlite`, `floor-${i}.sqlite`].map((f) => join(dir, f));
        return {
          url: `sqlite:${files[0]}`,
          floorUrl: `sqlite:${files[1]}`,
          drop: async () => {
            for (const f of files) for (const end of ['', '-wal', '-shm']) rmSync(f + end, { force: true });
          },
        };
      }),
    );
    // The same export as the .zip Slack hands out, read without unpacking.
    const zip = join(dir, 'export.zip');
    zipFolder(made.dir, zip);
    const zipped = figures(await importCli(zip, `sqlite:${join(dir, 'zip.sqlite')}`));
    console.log(
      `${'zip'.padEnd(8)} ${zipped.rate.toLocaleString('en-US')} backblasts/s into SQLite (${zipped.seconds.toFixed(1)} s); peak RSS ${zipped.peakMb} MB`,
    );

    const server = await mysqlServer();
    if (!server) {
      console.log('mysql    skipped: no MariaDB at TEST_MYSQL_URL or 127.0.0.1:3306');
      return;
    }
    const names = rounds.flatMap((i) => [`paxminer_bench_${process.pid}_${i}`, `paxminer_bench_${process.pid}_${i}_floor`]);
    const conn = await createConnection({ uri: server });
    try {
      for (const name of names) await conn.query(`create database \`${name}\` character set utf8mb4`);
      await measure(
        'mysql',
        made,
        rounds.map((i) => ({
          url: `${server}/${names[2 * i]}`,
          floorUrl: `${server}/${names[2 * i + 1]}`,
          drop: async () => {
            for (const name of names.slice(2 * i, 2 * i + 2)) await conn.query(`drop database if exists \`${name}\``);
          },
        })),
      );
    } finally {
      for (const name of names) await conn.query(`drop database if exists \`${name}\``);
      await conn.end();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
