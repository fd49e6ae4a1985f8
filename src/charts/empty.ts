import type { ChartSpec } from './types.js';

/** Whether a chart shows anything: some dataset has a value above zero. An empty grid is never sent. */
export function hasData(spec: ChartSpec): boolean {
  return spec.config.data.datasets.some((d) => (d.data as unknown[]).some((v) => typeof v === 'number' && v > 0));
}

export function withData(specs: ChartSpec[]): ChartSpec[] {
  return specs.filter(hasData);
}
