import { describe, expect, it } from 'vitest';
import { WorkQueue } from '../../src/slack/work-queue.js';

describe('WorkQueue', () => {
  it('runs at most `concurrency` pieces at once, all of them in the end, and refuses past its limit', async () => {
    const errors: unknown[] = [];
    const queue = new WorkQueue((err) => errors.push(err), 3, 50);
    let running = 0;
    let most = 0;
    let done = 0;
    const piece = (fail: boolean) => async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, 2));
      running -= 1;
      done += 1;
      if (fail) throw new Error('boom');
    };
    const accepted = Array.from({ length: 60 }, (_, i) => queue.push(piece(i === 5)));
    // 3 started at once, 50 waiting: the limit is on what waits.
    expect(accepted.filter(Boolean)).toHaveLength(53);
    while (queue.size > 0) await new Promise((r) => setTimeout(r, 5));
    expect(done).toBe(53);
    expect(most).toBe(3);
    expect(errors).toHaveLength(1);
  });
});
