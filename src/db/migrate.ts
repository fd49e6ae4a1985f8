import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { Migrator } from './kysely.js';
import type { Kysely, Migration, MigrationProvider, MigrationResultSet } from 'kysely';
import { isBusy } from './dialect.js';

/**
 * The migrations folder: `dist/migrations` next to the compiled code, or the repository's
 * `migrations/` when running from source (tests, tsx).
 */
export function migrationsFolder(): string {
  const candidates = [
    fileURLToPath(new URL('../migrations/', import.meta.url)),
    fileURLToPath(new URL('../../migrations/', import.meta.url)),
  ];
  const found = candidates.find((dir) => existsSync(dir) && readdirSync(dir).some(isMigrationFile));
  if (!found) throw new Error(`no migrations found in ${candidates.join(' or ')}`);
  return found;
}

function isMigrationFile(name: string): boolean {
  return /^\d{4}-\d{2}-\d{2}-.+\.(js|ts)$/.test(name) && !name.endsWith('.d.ts');
}

function lostRace(err: unknown): boolean {
  return (
    isBusy(err) || ((err as { code?: string })?.code === 'SQLITE_ERROR' && /already exists/.test(String((err as Error).message)))
  );
}

class FolderProvider implements MigrationProvider {
  constructor(private readonly folder: string) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    const migrations: Record<string, Migration> = {};
    for (const file of readdirSync(this.folder).filter(isMigrationFile).sort()) {
      const name = file.replace(/\.(js|ts)$/, '');
      migrations[name] = (await import(pathToFileURL(join(this.folder, file)).href)) as Migration;
    }
    return migrations;
  }
}

/**
 * Applies every pending migration. Safe to run twice and from two processes at once: Kysely takes
 * MySQL's GET_LOCK; SQLite has no such lock, so a second process that finds the file busy, or finds
 * a table created under it by the first, rolls back, waits and tries again, then finds nothing to do.
 */
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResultSet> {
  const folder = migrationsFolder();
  if (await upToDate(db, folder, 'kysely_migration')) return { results: [] };
  return migrateFolder(db, new Migrator({ db, provider: new FolderProvider(folder) }));
}

/**
 * Applies the control database's migrations (many-regions mode: the `regions` registry), tracked
 * in their own tables so a control schema never mistakes itself for a region's.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function migrateControl(db: Kysely<any>): Promise<MigrationResultSet> {
  const folder = join(migrationsFolder(), 'control');
  if (await upToDate(db, folder, 'control_migration')) return { results: [] };
  const migrator = new Migrator({
    db,
    provider: new FolderProvider(folder),
    migrationTableName: 'control_migration',
    migrationLockTableName: 'control_migration_lock',
  });
  return migrateFolder(db, migrator);
}

/**
 * True when the migrations recorded as applied are exactly the folder's: a start with nothing to migrate
 * then loads no migration code (and takes no lock). A database without the table is not up to date.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function upToDate(db: Kysely<any>, folder: string, table: string): Promise<boolean> {
  const wanted = readdirSync(folder).filter(isMigrationFile).map((file) => file.replace(/\.(js|ts)$/, ''));
  try {
    const applied = new Set((await db.selectFrom(table).select('name').execute()).map((r: { name: string }) => r.name));
    // Exactly the folder's: one it does not know (a newer release's) goes to Kysely, which refuses it.
    return applied.size === wanted.length && wanted.every((name) => applied.has(name));
  } catch {
    return false;
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function migrateFolder(db: Kysely<any>, migrator: Migrator): Promise<MigrationResultSet> {
  for (let attempt = 1; ; attempt++) {
    let result: MigrationResultSet;
    try {
      result = await migrator.migrateToLatest();
    } catch (err) {
      result = { error: err };
    }
    if (result.error === undefined) return result;
    if (!lostRace(result.error) || attempt >= 20) {
      const failed = result.results?.find((r) => r.status === 'Error');
      const cause = result.error instanceof Error ? result.error.message : String(result.error);
      throw new Error(failed ? `migration ${failed.migrationName} failed: ${cause}` : `migration failed: ${cause}`, {
        cause: result.error,
      });
    }
    await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
  }
}
