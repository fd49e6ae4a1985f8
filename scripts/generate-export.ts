// Writes the Slack export of a made-up F3 region (see sample-export/generate.ts).
//   npx tsx scripts/generate-export.ts --out DIR [--aos 4] [--months 3] [--start 2025-08-01] [--seed 1] [--tz America/Chicago] [--zip FILE]
// The repository's sample is: --out samples/export --aos 4 --months 3 --start 2025-08-01 --seed 1
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generateExport } from './sample-export/generate.js';
import { zipFolder } from './sample-export/zip-writer.js';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    aos: { type: 'string', default: '4' },
    months: { type: 'string', default: '3' },
    start: { type: 'string', default: '2025-08-01' },
    seed: { type: 'string', default: '1' },
    tz: { type: 'string', default: 'America/Chicago' },
    zip: { type: 'string' },
  },
});
if (!values.out) {
  process.stderr.write(
    'usage: tsx scripts/generate-export.ts --out DIR [--aos N] [--months N] [--start YYYY-MM-DD] [--seed N] [--tz TZ] [--zip FILE]\n',
  );
  process.exit(2);
}
rmSync(values.out, { recursive: true, force: true });
const made = generateExport({
  dir: values.out,
  aos: Number(values.aos),
  months: Number(values.months),
  start: values.start,
  seed: Number(values.seed),
  tz: values.tz,
});
process.stdout.write(
  `${made.dir}: ${made.users} users, ${made.channels} channels, ${made.files} day files, ${made.messages} messages, ` +
    `${made.backblasts} backblasts (${made.saved} to record, ${made.duplicates} reposts, ${made.noQ} without a Q), ` +
    `${made.attendance} attendance rows\n`,
);
if (values.zip) {
  const { entries, bytes } = zipFolder(values.out, values.zip);
  process.stdout.write(`${values.zip}: ${entries} entries, ${bytes} bytes\n`);
}
