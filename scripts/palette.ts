// Prints the AO palette of src/charts/palette.ts: farthest-point sampling under CIEDE2000 over a grid
// of sRGB colours, starting from the charts' blue, keeping colours readable on white (CIELAB L 35–85)
// and clearly coloured (chroma ≥ 20, so none is mistaken for the region's grey). Each colour added is
// the one farthest from all chosen so far, so the first few (a small region's AOs) differ the most.
// Run: npx tsx scripts/palette.ts [count]
import { deltaE2000, hexToLab, rgbToHex, rgbToLab, type Lab } from '../src/charts/colour.js';

const count = Number(process.argv[2] ?? 64);
const steps = 24;
const candidates: Array<{ hex: string; lab: Lab; d: number }> = [];
for (let r = 0; r < steps; r++)
  for (let g = 0; g < steps; g++)
    for (let b = 0; b < steps; b++) {
      const rgb: [number, number, number] = [(r * 255) / (steps - 1), (g * 255) / (steps - 1), (b * 255) / (steps - 1)];
      const lab = rgbToLab(rgb);
      if (lab[0] < 35 || lab[0] > 85 || Math.hypot(lab[1], lab[2]) < 20) continue;
      candidates.push({ hex: rgbToHex(rgb), lab, d: Infinity });
    }
const chosen = ['#4e79a7'];
const update = (lab: Lab) => {
  for (const c of candidates) c.d = Math.min(c.d, deltaE2000(c.lab, lab));
};
update(hexToLab(chosen[0]!));
while (chosen.length < count) {
  let best = candidates[0]!;
  for (const c of candidates) if (c.d > best.d) best = c;
  chosen.push(best.hex);
  update(best.lab);
}
let min = Infinity;
for (let i = 0; i < chosen.length; i++) for (let j = i + 1; j < chosen.length; j++) min = Math.min(min, deltaE2000(hexToLab(chosen[i]!), hexToLab(chosen[j]!)));
console.log(JSON.stringify(chosen));
console.error(`${chosen.length} colours, smallest CIEDE2000 between any two: ${min.toFixed(2)}`);
