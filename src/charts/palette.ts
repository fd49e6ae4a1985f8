// One palette for every chart (Tableau 20 order: ten strong colours, then their light partners), so
// an AO keeps its colour from one chart to the next.

export const PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
  '#a0cbe8',
  '#ffbe7d',
  '#ff9d9a',
  '#86bcb6',
  '#8cd17d',
  '#f1ce63',
  '#d4a6c8',
  '#fabfd2',
  '#d7b5a6',
  '#79706e',
];

/** The main colour (one-series charts) and its light partner (the comparison series). */
export const PRIMARY = '#4e79a7';
export const PRIMARY_LIGHT = '#a0cbe8';
export const ACCENT = '#f28e2b';
export const ACCENT_LIGHT = '#ffbe7d';
export const TEXT = '#222222';
export const MUTED = '#555555';

/**
 * Colours for AOs: each AO of the region gets the palette colour of its place among all the region's
 * AO ids (sorted), so the same AO has the same colour on every chart of the region.
 */
export function aoColours(regionAoIds: Iterable<string>): Map<string, string> {
  const ids = [...new Set(regionAoIds)].sort();
  return new Map(ids.map((id, i) => [id, PALETTE[i % PALETTE.length]!]));
}

export function colourOf(colours: ReadonlyMap<string, string>, key: string, fallbackIndex: number): string {
  return colours.get(key) ?? PALETTE[fallbackIndex % PALETTE.length]!;
}
