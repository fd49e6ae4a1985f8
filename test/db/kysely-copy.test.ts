import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Kysely's values (sql, Kysely, the dialects and adapters) come from src/db/kysely.ts, or
// migrations/lib/kysely.ts: both hand out its CommonJS build. A module taking them from 'kysely' loads
// the ES build beside it (263 more modules on the way to the port) and its adapters fail the
// `instanceof` checks of dialectOf and the migrations.
const ROOT = resolve(import.meta.dirname, '../..');
const FACADES = ['src/db/kysely.ts', 'migrations/lib/kysely.ts'];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe("Kysely's one copy", () => {
  it("no module but the two facades takes a value from 'kysely'", () => {
    const valueImports = ['src', 'migrations', 'test', 'bench'].flatMap((dir) =>
      files(join(ROOT, dir))
        .map((file) => relative(ROOT, file))
        .filter((file) => !FACADES.includes(file))
        .filter((file) => /^\s*(import|export)\s+(?!type\b)[^;]*?\bfrom\s+'kysely'/m.test(readFileSync(join(ROOT, file), 'utf8'))),
    );
    expect(valueImports).toEqual([]);
  });
});
