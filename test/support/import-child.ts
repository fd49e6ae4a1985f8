// `node --import tsx test/support/import-child.ts DIR`: the importer with small transactions, killed
// (SIGKILL, by itself) once it has read half the export's day files: a run stopped midway, for tests
// of what the next run does. DATABASE_URL names the region, as for the CLI.
import { loadSettings } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { openRegion } from '../../src/region.js';
import { importExport } from '../../src/slack-export/import.js';

const region = await openRegion(loadSettings(process.env), createLogger('warn', { pretty: false, destination: 2 }));
await importExport(region, process.argv[2]!, {
  batchSize: 20,
  commitRows: 40,
  onProgress: (p) => {
    if (p.files >= p.totalFiles / 2) process.kill(process.pid, 'SIGKILL');
  },
});
