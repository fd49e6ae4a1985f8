// `paxminer import` at region scale: a five-year, forty-AO export (about 45,000 backblasts and
// 285,000 attendance rows) imported into SQLite and into MariaDB by the CLI, as an admin runs it.
// Prints throughput, peak memory (RSS of the import process), the time of a second import, and the
// ratio to a floor importer measured in the same run (bench/import-floor.ts).
// MariaDB: TEST_MYSQL_URL or mysql://root@127.0.0.1:3306; skipped when none answers.
// `npm run bench -- import --years 1 --aos 10`: a smaller region, for quick iterations.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createConnection } from 'mysql2/promise';
import { openDatabase } from '../src/db/connect.js';
import { mysqlFloor, sqliteFloor, storedRows } from './import-floor.js';
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

async function measure(label: string, made: GeneratedExport, url: string, floorUrl: string): Promise<void> {
  const first = figures(await importCli(made.dir, url));
  const rows = await countRows(url);
  const floor = await (label === 'sqlite' ? sqliteFloor : mysqlFloor)(made.dir, await storedRows(url), floorUrl);
  const again = figures(await importCli(made.dir, url));
  const ok = rows.beatdowns === made.saved && rows.attendance === made.attendance;
  const fmt = (n: number) => n.toLocaleString('en-US');
  console.log(
    `${label.padEnd(8)} ${fmt(first.rate)} backblasts/s (${first.seconds.toFixed(1)} s; ${first.recorded}); ` +
      `peak RSS ${first.peakMb} MB; second import ${again.seconds.toFixed(1)} s (${again.recorded})`,
  );
  console.log(
    `${''.padEnd(8)} stored ${fmt(rows.beatdowns)} beatdowns, ${fmt(rows.attendance)} attendance rows: ${ok ? 'as generated' : 'MISMATCH with the generator'}`,
  );
  console.log(
    `${''.padEnd(8)} floor (same files read, same rows inserted, no parsing) ${floor.toFixed(1)} s: ours ${(first.seconds / floor).toFixed(2)}x the floor`,
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

    await measure('sqlite', made, `sqlite:${join(dir, 'bench.sqlite')}`, `sqlite:${join(dir, 'floor.sqlite')}`);
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
    const name = `paxminer_bench_${process.pid}`;
    const conn = await createConnection({ uri: server });
    await conn.query(`create database \`${name}\` character set utf8mb4`);
    await conn.query(`create database \`${name}_floor\` character set utf8mb4`);
    try {
      await measure('mysql', made, `${server}/${name}`, `${server}/${name}_floor`);
    } finally {
      await conn.query(`drop database if exists \`${name}\``);
      await conn.query(`drop database if exists \`${name}_floor\``);
      await conn.end();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
