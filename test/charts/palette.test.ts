import { describe, expect, it } from 'vitest';
import { deltaE2000, hexToLab } from '../../src/charts/colour.js';
import { aoColours, aoStyle, PALETTE } from '../../src/charts/palette.js';

// ΔE00 ≥ 10: past the 2–10 band of differences seen only on a close look, so two bars or legend keys
// side by side read as different colours. A small region's first colours are held to twice that.
const THRESHOLD = 10;

function smallest(colours: string[]): number {
  let min = Infinity;
  for (let i = 0; i < colours.length; i++)
    for (let j = i + 1; j < colours.length; j++) min = Math.min(min, deltaE2000(hexToLab(colours[i]!), hexToLab(colours[j]!)));
  return min;
}

describe('CIEDE2000', () => {
  // Sharma, Wu and Dalal's test pairs (2005), table 1.
  it.each([
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, -1.3802, -84.2814], [50, 0, -82.7485], 1.0],
    [[50, 2.5, 0], [50, 0, -2.5], 4.3065],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
    [[22.7233, 20.0904, -46.694], [23.0331, 14.973, -42.5619], 2.0373],
  ] as Array<[[number, number, number], [number, number, number], number]>)('%j vs %j = %d', (a, b, expected) => {
    expect(deltaE2000(a, b)).toBeCloseTo(expected, 3);
  });
});

describe('the AO palette', () => {
  it('has at least 60 colours, every pair of them apart by the threshold', () => {
    expect(PALETTE.length).toBeGreaterThanOrEqual(60);
    expect(new Set(PALETTE).size).toBe(PALETTE.length);
    expect(smallest(PALETTE)).toBeGreaterThan(THRESHOLD);
    expect(smallest(PALETTE.slice(0, 8))).toBeGreaterThan(2 * THRESHOLD);
  });

  it('gives each of a 60-AO region its own colour, every pair apart by the threshold', () => {
    const aos = Array.from({ length: 60 }, (_, i) => ({ id: `C${(i * 7919) % 1000}X${i}`, created: 1_600_000_000 + ((i * 37) % 60) * 86400 }));
    const colours = aoColours(aos);
    const fills = aos.map((a) => aoStyle(colours, a.id, 0).backgroundColor);
    expect(new Set(fills).size).toBe(60);
    expect(smallest(fills)).toBeGreaterThan(THRESHOLD);
  });

  it('keeps every AO its colour when a new AO appears, whatever its id', () => {
    const aos = [
      { id: 'C0YARD', created: 100 },
      { id: 'C0PIT', created: 200 },
      { id: 'C0HILL', created: 300 },
    ];
    const before = aoColours(aos);
    const after = aoColours([{ id: 'C0AAAA', created: 400 }, ...aos]);
    for (const a of aos) expect(aoStyle(after, a.id, 0)).toEqual(aoStyle(before, a.id, 0));
    expect(after.get('C0AAAA')).toBe(3);
  });

  it('past the palette, comes round again outlined, so no two AOs look alike', () => {
    const aos = Array.from({ length: PALETTE.length + 2 }, (_, i) => ({ id: `C${String(i).padStart(4, '0')}`, created: i }));
    const colours = aoColours(aos);
    const first = aoStyle(colours, 'C0000', 0);
    const wrapped = aoStyle(colours, `C${String(PALETTE.length).padStart(4, '0')}`, 0);
    expect(wrapped.backgroundColor).toBe(first.backgroundColor);
    expect([wrapped.borderColor, wrapped.borderWidth]).not.toEqual([first.borderColor, first.borderWidth]);
    const styles = aos.map((a) => JSON.stringify(aoStyle(colours, a.id, 0)));
    expect(new Set(styles).size).toBe(aos.length);
  });
});
