import { describe, expect, it } from 'vitest';
import { Lru } from '../../src/regions/lru.js';

describe('the region cache', () => {
  it('keeps the most recently used, hands the rest (and replaced values) to evict', () => {
    const evicted: string[] = [];
    const lru = new Lru<string, number>(2, (k, v) => evicted.push(`${k}=${v}`));
    lru.set('a', 1);
    lru.set('b', 2);
    lru.get('a');
    lru.set('c', 3);
    expect(evicted).toEqual(['b=2']);
    lru.set('a', 10);
    expect(evicted).toEqual(['b=2', 'a=1']);
    expect(lru.values()).toEqual([3, 10]);
    lru.clear();
    expect(evicted).toEqual(['b=2', 'a=1', 'c=3', 'a=10']);
    expect(lru.size).toBe(0);
  });
});
