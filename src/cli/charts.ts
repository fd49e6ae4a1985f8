import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { monthChartSets } from '../charts/month.js';
import { chartRenderer } from '../charts/render.js';
import { UsageError, type CommandRunner } from './command.js';
import { monthFlag, readFlags } from './flags.js';
import { withRegion } from './region.js';

export const chartsCommand: CommandRunner = {
  async run(args, io) {
    const flags = readFlags(args, { valued: ['month', 'out'] });
    const month = monthFlag(flags);
    const out = flags.get('out');
    if (typeof out !== 'string') throw new UsageError('--out DIR is required');
    const dir = resolve(out);
    await mkdir(dir, { recursive: true });
    return withRegion(io, async (ctx) => {
      const render = chartRenderer(ctx.settings);
      const sets = await monthChartSets(ctx.db, month);
      const counts = { pax: 0, ao: 0, region: 0 };
      let files = 0;
      for (const set of sets) {
        const bundle = await set.build();
        for (const spec of bundle.specs) {
          const path = join(dir, `${spec.name}.png`);
          await writeFile(path, await render(spec));
          io.stdout.write(`${path}\n`);
          files += 1;
        }
        counts[set.kind] += 1;
      }
      io.stderr.write(`${month}: ${files} charts for ${counts.pax} PAX, ${counts.ao} AOs and the region in ${dir}\n`);
      return 0;
    });
  },
};
