// One palette for every chart, so an AO keeps its colour from one chart to the next.
//
// AO colours: 64 colours printed by scripts/palette.ts (farthest-point sampling under CIEDE2000,
// CIELAB lightness 35–85 so each reads on white, chroma ≥ 20 so none passes for the region's grey).
// Any two differ by at least 11.5 ΔE00, past the 2–10 band of "noticeably different at a glance";
// the first ones, which a small region uses, differ the most.

export const PALETTE = [
  '#4e79a7',
  '#d3de00',
  '#ff6400',
  '#00640b',
  '#ff00b1',
  '#00e9de',
  '#6f4e37',
  '#dec8ff',
  '#7a0bc8',
  '#21b14e',
  '#a68521',
  '#f4c8b1',
  '#d30037',
  '#7ac8ff',
  '#00857a',
  '#856485',
  '#ff7a85',
  '#b17aff',
  '#bcd3a6',
  '#ffbc16',
  '#a60064',
  '#43f400',
  '#b1856f',
  '#645900',
  '#6f8559',
  '#b14300',
  '#00a6bc',
  '#c890b1',
  '#4e4e90',
  '#90a62c',
  '#6fb19b',
  '#909bc8',
  '#21596f',
  '#59e9a6',
  '#c8b17a',
  '#b1646f',
  '#ff90ff',
  '#c80bf4',
  '#374eff',
  '#de9037',
  '#ffbcc8',
  '#37644e',
  '#905900',
  '#7a434e',
  '#ff0b16',
  '#9bdee9',
  '#009bde',
  '#ff166f',
  '#8564bc',
  '#7a6f4e',
  '#00854e',
  '#ff9b6f',
  '#438500',
  '#90372c',
  '#a6439b',
  '#c8b100',
  '#bcd3ff',
  '#7a7a00',
  '#5990ff',
  '#a6d364',
  '#bc6fbc',
  '#007a90',
  '#de6f59',
  '#ffbc7a',
];

/** The main colour (one-series charts) and its light partner (the comparison series). */
export const PRIMARY = '#4e79a7';
export const PRIMARY_LIGHT = '#a0cbe8';
export const ACCENT = '#f28e2b';
export const ACCENT_LIGHT = '#ffbe7d';
export const TEXT = '#222222';
export const MUTED = '#555555';

/** An AO in the order colours are handed out: by when its channel was created, then by id. */
export interface AoKey {
  id: string;
  created: number;
}

/**
 * Each AO's palette slot. Slots go in order of channel creation, so an AO keeps its colour month to
 * month and a new AO takes the next free one without moving anyone. Plain ids are taken in id order.
 */
export function aoColours(aos: Iterable<string | AoKey>): Map<string, number> {
  const keys = [...aos].map((a) => (typeof a === 'string' ? { id: a, created: 0 } : a));
  keys.sort((a, b) => a.created - b.created || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const slots = new Map<string, number>();
  for (const k of keys) if (!slots.has(k.id)) slots.set(k.id, slots.size);
  return slots;
}

/** How an AO's bars and legend key are drawn; past the palette's end the colours come round again, outlined in black. */
export interface AoStyle {
  backgroundColor: string;
  borderColor: string;
  borderWidth: number;
}

export function aoStyle(colours: ReadonlyMap<string, number>, key: string, fallbackIndex: number): AoStyle {
  const slot = colours.get(key) ?? fallbackIndex;
  const backgroundColor = PALETTE[slot % PALETTE.length]!;
  return slot < PALETTE.length
    ? { backgroundColor, borderColor: '#ffffff', borderWidth: 1 }
    : { backgroundColor, borderColor: TEXT, borderWidth: 3 };
}

export function colourOf(colours: ReadonlyMap<string, number>, key: string, fallbackIndex: number): string {
  return aoStyle(colours, key, fallbackIndex).backgroundColor;
}
