import type { ChartOptions } from 'chart.js';
import { MUTED, TEXT } from '../palette.js';

// Shared look: large type for Slack's previews, a title that says what the chart is and a subtitle
// that says how to read it.

export const WIDTH = 1000;

export function titles(title: string, subtitle: string | string[]) {
  return {
    title: {
      display: true,
      text: title,
      color: TEXT,
      font: { size: 24, weight: 'bold' as const },
      padding: { top: 8, bottom: 4 },
    },
    subtitle: { display: true, text: subtitle, color: MUTED, font: { size: 15 }, padding: { top: 0, bottom: 12 } },
  };
}

export function legend(show: boolean) {
  return { display: show, position: 'bottom' as const, labels: { color: TEXT, font: { size: 14 }, boxWidth: 18, padding: 14 } };
}

export const tick = { color: TEXT, font: { size: 14 } };
export const grid = { color: '#e6e6e6' };

export function axisTitle(text: string) {
  return { display: true, text, color: MUTED, font: { size: 14 } };
}

/** Nothing moves and nothing resizes: the picture is drawn once, off screen. */
export const still: Pick<ChartOptions, 'responsive' | 'animation' | 'devicePixelRatio' | 'layout'> = {
  responsive: false,
  animation: false,
  devicePixelRatio: 1,
  layout: { padding: { left: 12, right: 24, top: 8, bottom: 8 } },
};

/** Height of a horizontal bar chart with `rows` bars. */
export function barsHeight(rows: number): number {
  return Math.max(420, 170 + 34 * Math.max(rows, 1));
}

export { plural } from '../../words.js';

/** A safe file-name part. */
export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'x'
  );
}
