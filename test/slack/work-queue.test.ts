import { describe, expect, it } from 'vitest';
import { WorkQueue } from '../../src/slack/work-queue.js';

describe('WorkQueue', () => {
  it('runs at most `concurrency` pieces at once, all of them in the end, and refuses past its limit', async () => {
    const errors: unknown[] = [];
    const queue = new WorkQueue((err) => errors.push(err), { concurrency: 3, limit: 50, quietMs: 100 });
    let running = 0;
    let most = 0;
    let done = 0;
    const piece = (fail: boolean) => async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, 20));
      running -= 1;
      done += 1;
      if (fail) throw new Error('boom');
    };
    const accepted = Array.from({ length: 60 }, (_, i) => queue.push(piece(i === 5)));
    // 1 started at once (events are still arriving), 50 waiting: the limit is on what waits.
    expect(accepted.filter(Boolean)).toHaveLength(51);
    while (queue.size > 0) await new Promise((r) => setTimeout(r, 5));
    expect(done).toBe(51);
    expect(most).toBe(3);
    expect(errors).toHaveLength(1);
  });

  it('runs one piece at a time while events keep arriving, and the rest once they stop', async () => {
    const queue = new WorkQueue(() => undefined, { concurrency: 4, quietMs: 300 });
    let running = 0;
    const most: number[] = [];
    const piece = async () => {
      running += 1;
      most.push(running);
      await new Promise((r) => setTimeout(r, 30));
      running -= 1;
    };
    for (let i = 0; i < 12; i++) {
      queue.push(piece);
      await new Promise((r) => setTimeout(r, 5));
    }
    const duringStream = Math.max(...most);
    const seen = most.length;
    for (let i = 0; i < 12; i++) queue.push(piece);
    while (queue.size > 0) await new Promise((r) => setTimeout(r, 5));
    expect(duringStream).toBe(1);
    expect(seen).toBeGreaterThan(0);
    expect(Math.max(...most.slice(seen))).toBe(4);
    expect(most).toHaveLength(24);
  });
});
