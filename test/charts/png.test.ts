import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { encodePng, isOpaque } from '../../src/charts/png.js';
import { isPng, pngSize } from '../../src/charts/render.js';

/** The RGBA pixels a PNG decodes to. */
async function decoded(png: Buffer): Promise<Buffer> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  canvas.getContext('2d').drawImage(image, 0, 0);
  return canvas.data();
}

describe('writing a PNG', () => {
  it('writes opaque pixels that decode to the same pixels', async () => {
    const canvas = createCanvas(37, 23);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, 37, 23);
    ctx.strokeStyle = '#4e79a7';
    ctx.lineWidth = 3;
    ctx.beginPath();
    ctx.moveTo(2, 20);
    ctx.lineTo(35, 3);
    ctx.stroke();
    ctx.fillStyle = '#f28e2b';
    ctx.fillRect(5, 5, 9, 7);
    const pixels = canvas.data();
    expect(isOpaque(pixels)).toBe(true);

    const png = encodePng(pixels, 37, 23);
    expect(isPng(png)).toBe(true);
    expect(pngSize(png)).toEqual({ width: 37, height: 23 });
    expect((await decoded(png)).equals(pixels)).toBe(true);
  });

  it('tells a picture with any see-through pixel from an opaque one', () => {
    const pixels = Buffer.alloc(4 * 6, 255);
    expect(isOpaque(pixels)).toBe(true);
    pixels[4 * 5 + 3] = 254;
    expect(isOpaque(pixels)).toBe(false);
  });

  it('refuses pixels that do not fill the size', () => {
    expect(() => encodePng(Buffer.alloc(4 * 5, 255), 2, 3)).toThrow(/expected 24 bytes/);
  });
});
