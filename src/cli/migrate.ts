import { isManyRegions, loadSettings } from '../config.js';
import { createLogger } from '../log.js';
import { RegionRegistry } from '../regions/registry.js';
import { openDatabase } from '../db/connect.js';
import { migrateToLatest } from '../db/migrate.js';
import type { CommandRunner } from './command.js';

export const migrateCommand: CommandRunner = {
  async run(_args, io) {
    const settings = loadSettings(io.env);
    if (isManyRegions(settings)) {
      // The control database is migrated as the registry opens; each region's schema on first use.
      const registry = await RegionRegistry.open(settings, createLogger('warn', { pretty: false, destination: 2 }), { cacheSize: 1 });
      try {
        const rows = io.region ? [await registry.find(io.region)] : await registry.activeRegions();
        if (rows[0] === undefined) throw new Error(`no region '${io.region}' (see paxminer regions)`);
        io.stdout.write('control database: up to date\n');
        for (const row of rows) {
          await registry.withRegion(row!, async () => undefined);
          io.stdout.write(`${row!.region} (${row!.schema_name}): up to date\n`);
        }
        return 0;
      } finally {
        await registry.close();
      }
    }
    const { db, label } = openDatabase(settings.databaseUrl);
    try {
      const { results = [] } = await migrateToLatest(db);
      for (const r of results) io.stdout.write(`${r.status === 'Success' ? 'applied' : r.status}: ${r.migrationName}\n`);
      io.stdout.write(results.length === 0 ? `${label}: already up to date\n` : `${label}: up to date\n`);
      return 0;
    } finally {
      await db.destroy();
    }
  },
};
