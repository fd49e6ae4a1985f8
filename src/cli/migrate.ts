import { loadSettings } from '../config.js';
import { openDatabase } from '../db/connect.js';
import { migrateToLatest } from '../db/migrate.js';
import type { CommandRunner } from './command.js';

export const migrateCommand: CommandRunner = {
  async run(_args, io) {
    const settings = loadSettings(io.env);
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
