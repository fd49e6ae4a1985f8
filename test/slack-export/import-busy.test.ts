import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from '../../src/db/kysely.js';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sqlitePath } from '../../src/db/connect.js';
import { generateExport, type GeneratedExport } from '../../scripts/sample-export/generate.js';
import { ImportIncomplete, SKIP_FAILED, importExport } from '../../src/slack-export/import.js';
import { createTestRegion, type TestRegion } from '../support/db.js';

// Another process writing to the same SQLite file while the import runs, as the live bot does.
const WRITER = `
import Database from 'better-sqlite3';
const [file, mode] = process.argv.slice(1);
const db = new Database(file);
db.pragma('busy_timeout = 10000');
const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
if (mode === 'hold') {
  db.exec('begin immediate');
  process.stdout.write('ready\\n');
  sleep(60000);
} else {
  process.stdout.write('ready\\n');
  for (let i = 0; ; i++) {
    db.prepare("insert into job_locks (name, holder, expires_at) values ('writer', 'test', ?) on conflict(name) do update set expires_at = excluded.expires_at").run(i);
    sleep(5);
  }
}
`;

async function startWriter(file: string, mode: 'writes' | 'hold'): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', WRITER, file, mode], {
    cwd: process.cwd(),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`writer exited ${code}`)));
  });
  return child;
}

let root: string;
let made: GeneratedExport;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'paxminer-import-busy-'));
  made = generateExport({ dir: join(root, 'export'), seed: 5, aos: 3, months: 2, start: '2025-01-01' });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('import beside another writer on SQLite', () => {
  let t: TestRegion;
  let writer: ChildProcess | undefined;
  beforeEach(async () => {
    t = await createTestRegion('sqlite');
  });
  afterEach(async () => {
    writer?.kill('SIGKILL');
    writer = undefined;
    await t.cleanup();
  });

  it('waits out a database another process keeps writing to, and skips nothing', async () => {
    writer = await startWriter(sqlitePath(t.url), 'writes');
    const summary = await importExport(t.ctx, made.dir, { batchSize: 10 });
    expect(summary.skipped[SKIP_FAILED]).toBeUndefined();
    expect(summary.saved).toBe(made.saved);
    const n = await t.ctx.db.selectFrom('beatdowns').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(made.saved);
  });

  it('says it is waiting, and stops with what to do when the database stays busy', async () => {
    await sql`pragma busy_timeout = 50`.execute(t.ctx.db);
    writer = await startWriter(sqlitePath(t.url), 'hold');
    const waits: number[] = [];
    const run = importExport(t.ctx, made.dir, { busyBudgetMs: 600, onWait: (ms) => waits.push(ms) });
    await expect(run).rejects.toThrow(ImportIncomplete);
    await expect(run).rejects.toThrow(/stayed busy/);
    expect(waits.length).toBeGreaterThan(0);
    expect(Math.max(...waits)).toBeLessThanOrEqual(600);
  });
});
