import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../src/backblast/parse.js';
import { corpus, corpusCtx } from './corpus/index.js';

describe('real-world corpus', () => {
  it('holds backblasts and look-alikes with distinct ts', () => {
    expect(corpus.filter((c) => c.want.is_backblast).length).toBeGreaterThanOrEqual(100);
    expect(corpus.filter((c) => !c.want.is_backblast).length).toBeGreaterThanOrEqual(20);
    expect(new Set(corpus.map((c) => c.message.ts)).size).toBe(corpus.length);
  });

  it.each(corpus.map((c) => [c.source, c] as const))('%s', (_source, c) => {
    expect(parseMessage(c.message, corpusCtx)).toEqual(c.want);
  });
});
