import { renderFiles, type PngFile } from '../../charts/files.js';
import { lazyChartRenderer } from '../../charts/lazy-render.js';
import type { ChartSpec } from '../../charts/types.js';
import type { RegionContext } from '../../region.js';
import { errorFields } from '../../errors.js';

/** Renders an answer's charts; a chart that fails to render is left out and logged, the answer still goes. */
export async function chartFiles(ctx: RegionContext, specs: ChartSpec[]): Promise<PngFile[]> {
  return renderFiles(specs, lazyChartRenderer(ctx.settings), (err, spec) =>
    ctx.log.warn({ err: errorFields(err), chart: spec.name }, 'insight chart failed to render; answering without it'),
  );
}
