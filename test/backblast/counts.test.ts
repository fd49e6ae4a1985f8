import { describe, expect, it } from 'vitest';
import { parseCount, readNumber } from '../../src/backblast/counts.js';

describe('parseCount', () => {
  it.each([
    ['14', 14, null],
    ['~14', 14, null],
    ['about 9 pax', 9, null],
    ['14 (incl. 2 FNGs)', 14, 2],
    ['12 PAX, 1 FNG', 12, 1],
    ['12 + 2 FNGs', 14, 2],
    ['12 PAX + 1 FNG', 13, 1],
    ['11 + YHC', 12, null],
    ['10 (9 + FNG)', 10, null],
    ['4 PAX + 1 FNG = 5', 5, 1],
    ['twelve', 12, null],
    ['Twenty-one', 21, null],
    ['thirty two', 32, null],
    ['a dozen', 12, null],
    ['5 Warmup: SSH x 20', 5, null],
  ])('%s → %s', (text, count, fngs) => {
    expect(parseCount(text)).toEqual({ count, fngs });
  });

  it('finds no count where no number is written', () => {
    expect(parseCount('lots')).toBeNull();
    expect(parseCount('?')).toBeNull();
    expect(parseCount('')).toBeNull();
  });
});

describe('readNumber', () => {
  it('reads digits and words', () => {
    expect(readNumber('7')).toBe(7);
    expect(readNumber('seven')).toBe(7);
    expect(readNumber('ninety-nine')).toBe(99);
    expect(readNumber('none')).toBeNull();
  });
});
