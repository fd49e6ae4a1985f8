import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../src/backblast/parse.js';
import { cases, ctx } from './fixtures/index.js';

const KEYS = [
  'ts', 'channel', 'is_backblast', 'title', 'date', 'ao_channel_id', 'q_user_id', 'coq_user_ids', 'pax_user_ids',
  'unresolved_pax', 'fng_names', 'fng_count', 'pax_count', 'warnings',
];

describe('backblast fixtures', () => {
  it('cover at least 100 messages, with distinct ts', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
    expect(new Set(cases.map((c) => c.message.ts)).size).toBe(cases.length);
  });

  const families = [...new Set(cases.map((c) => c.family))];
  describe.each(families)('%s', (family) => {
    it.each(cases.filter((c) => c.family === family).map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const ts = c.recordTs ?? c.message.ts;
      const channel = c.message.channel ?? null;
      const expected = c.expected ? { ts, channel, is_backblast: true, ...c.expected } : { ts, channel, is_backblast: false };
      const got = parseMessage(c.message, ctx);
      expect(got).toEqual(expected);
      expect(Object.keys(got)).toEqual(c.expected ? KEYS : KEYS.slice(0, 3));
    });
  });

  it('reads every fixture the same way twice (no state kept between messages)', () => {
    const first = cases.map((c) => JSON.stringify(parseMessage(c.message, ctx)));
    const second = [...cases].reverse().map((c) => JSON.stringify(parseMessage(c.message, ctx))).reverse();
    expect(second).toEqual(first);
  });
});
