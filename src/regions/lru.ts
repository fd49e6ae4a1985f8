/** A map that keeps the `limit` most recently used entries and hands the others to `evict`. */
export class Lru<K, V> {
  private readonly map = new Map<K, V>();

  constructor(
    private readonly limit: number,
    private readonly evict: (key: K, value: V) => void,
  ) {}

  get size(): number {
    return this.map.size;
  }

  get(key: K): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }

  set(key: K, value: V): void {
    const old = this.map.get(key);
    this.map.delete(key);
    this.map.set(key, value);
    if (old !== undefined && old !== value) this.evict(key, old);
    while (this.map.size > this.limit) {
      const [oldKey, oldValue] = this.map.entries().next().value as [K, V];
      this.map.delete(oldKey);
      this.evict(oldKey, oldValue);
    }
  }

  delete(key: K): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.evict(key, v);
    }
    return v;
  }

  values(): V[] {
    return [...this.map.values()];
  }

  clear(): void {
    for (const [k, v] of [...this.map.entries()]) this.delete(k);
  }
}
