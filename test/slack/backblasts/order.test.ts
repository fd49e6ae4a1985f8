import { describe, expect, it } from 'vitest';
import { MessageOrder } from '../../../src/slack/backblasts/order.js';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('per-message order', () => {
  it('runs one piece of work per message at a time, in arrival order', async () => {
    const order = new MessageOrder();
    const log: string[] = [];
    const slow = order.run('C1:1', '1.000001', async () => {
      log.push('a start');
      await pause(30);
      log.push('a end');
    });
    const fast = order.run('C1:1', '2.000000', async () => {
      log.push('b');
    });
    const other = order.run('C1:2', '1.000002', async () => {
      log.push('other');
    });
    await Promise.all([slow, fast, other]);
    expect(log).toEqual(['a start', 'other', 'a end', 'b']);
  });

  it('skips a version that is not newer than one handled, and everything after a deletion', async () => {
    const order = new MessageOrder();
    const ran: string[] = [];
    const run = (version: string) => order.run('C1:1', version, async () => void ran.push(version));
    expect(await run('1.000001')).toBe(true);
    expect(await run('1.000001')).toBe(false);
    expect(await run('3.000000')).toBe(true);
    expect(await run('2.000000')).toBe(false);
    expect(await run('deleted')).toBe(true);
    expect(await run('9.000000')).toBe(false);
    expect(ran).toEqual(['1.000001', '3.000000', 'deleted']);
  });

  it('lets a retry run again when the first attempt failed', async () => {
    const order = new MessageOrder();
    await expect(order.run('C1:1', '1.000001', async () => Promise.reject(new Error('database down')))).rejects.toThrow(
      'database down',
    );
    let ran = false;
    expect(await order.run('C1:1', '1.000001', async () => void (ran = true))).toBe(true);
    expect(ran).toBe(true);
  });

  it('remembers a bounded number of messages', async () => {
    const order = new MessageOrder(2);
    for (const key of ['a', 'b', 'c']) await order.run(key, '1.000000', async () => undefined);
    expect(await order.run('a', '1.000000', async () => undefined)).toBe(true);
    expect(await order.run('c', '1.000000', async () => undefined)).toBe(false);
  });
});
