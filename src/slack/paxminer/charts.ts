import { lazyChartRenderer } from '../../charts/lazy-render.js';
import type { ChartSpec } from '../../charts/types.js';
import type { RegionContext } from '../../region.js';
import type { ChartFile } from './types.js';

/** Renders an answer's charts; a chart that fails to render is left out and logged, the answer still goes. */
export async function chartFiles(ctx: RegionContext, specs: ChartSpec[]): Promise<ChartFile[]> {
  const render = lazyChartRenderer(ctx.settings);
  const files: ChartFile[] = [];
  for (const spec of specs) {
    try {
      files.push({ filename: `${spec.name}.png`, title: spec.title, png: await render(spec) });
    } catch (err) {
      ctx.log.warn({ err, chart: spec.name }, 'insight chart failed to render; answering without it');
    }
  }
  return files;
}
