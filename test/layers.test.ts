import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The layering ARCHITECTURE.md states, lowest first: a module may import its own layer and those below.
const LAYERS: Array<{ name: string; homes: string[] }> = [
  {
    name: 'base',
    homes: ['time.ts', 'ts.ts', 'errors.ts', 'slack-ids.ts', 'words.ts', 'config.ts', 'log.ts', 'backblast/types.ts', 'achievements/catalogue.ts'],
  },
  { name: 'db', homes: ['db/'] },
  { name: 'region', homes: ['region.ts'] },
  { name: 'domain', homes: ['backblast/', 'stats/', 'achievements/', 'weekly/', 'fng/'] },
  { name: 'charts', homes: ['charts/'] },
  { name: 'slack-export', homes: ['slack-export/'] },
  { name: 'slack', homes: ['slack/'] },
  { name: 'jobs', homes: ['jobs/'] },
  { name: 'regions', homes: ['regions/'] },
  { name: 'entry', homes: ['cli/', 'cli.ts', 'main.ts'] },
];

const SRC = resolve(import.meta.dirname, '../src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** The layer of a file under src/: the most specific home that holds it. */
function layerOf(file: string): number {
  const path = relative(SRC, file);
  let best = { layer: -1, length: -1 };
  LAYERS.forEach((l, i) => {
    for (const home of l.homes) {
      const holds = home.endsWith('/') ? path.startsWith(home) : path === home;
      if (holds && home.length > best.length) best = { layer: i, length: home.length };
    }
  });
  return best.layer;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+'(\.[^']+)'/gms)].map((m) =>
    resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts')),
  );
}

describe('layers', () => {
  const all = files(SRC);

  it('puts every module under src/ in a layer', () => {
    expect(all.filter((f) => layerOf(f) < 0).map((f) => relative(SRC, f))).toEqual([]);
  });

  it('has no import from a lower layer to a higher one', () => {
    const upward = all.flatMap((file) =>
      importsOf(file)
        .filter((target) => target.startsWith(SRC) && layerOf(target) > layerOf(file))
        .map(
          (target) =>
            `${relative(SRC, file)} (${LAYERS[layerOf(file)]!.name}) imports ${relative(SRC, target)} (${LAYERS[layerOf(target)]!.name})`,
        ),
    );
    expect(upward).toEqual([]);
  });

  it('finds the imports it checks', () => {
    // A guard for the check itself: the bot's listeners import the domain, the domain the db.
    const ingest = importsOf(join(SRC, 'backblast/ingest.ts')).map((f) => relative(SRC, f));
    expect(ingest).toContain('db/queries/backblasts.ts');
    expect(layerOf(join(SRC, 'backblast/ingest.ts'))).toBeGreaterThan(layerOf(join(SRC, 'db/queries/backblasts.ts')));
  });
});
