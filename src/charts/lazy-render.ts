import type { ChartRenderer } from './render.js';

/**
 * `chartRenderer`, with the drawing code (Chart.js, the canvas, QuickChart's client) loaded at the
 * first chart drawn rather than when the bot starts: the bot answers `/healthz` without it.
 */
export function lazyChartRenderer(settings: { quickchartUrl: string | undefined }): ChartRenderer {
  let render: Promise<ChartRenderer> | undefined;
  return async (spec) => {
    render ??= import('./render.js').then((m) => m.chartRenderer(settings));
    return (await render)(spec);
  };
}
