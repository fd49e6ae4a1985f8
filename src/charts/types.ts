import type { ChartConfiguration } from 'chart.js';

/**
 * A chart ready to render: a Chart.js configuration that is plain JSON (no callbacks), so QuickChart
 * and the local renderer draw the same picture, and its size in pixels.
 */
export interface ChartSpec {
  /** Names the PNG file and titles the Slack upload. */
  name: string;
  title: string;
  width: number;
  height: number;
  config: ChartConfiguration;
}
