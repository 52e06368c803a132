/**
 * A read-only map filled when it is first read, by any of its methods:
 * what a story's build never reads is never made, and a reader's first
 * question makes it once (or `prepare()`, while no reader waits).
 */
export class LazyMap<K, V> implements ReadonlyMap<K, V> {
  private filled: ReadonlyMap<K, V> | undefined;
  private fill: (() => ReadonlyMap<K, V>) | undefined;

  /** @param fill makes the map's entries; called once, then let go with what it holds */
  constructor(fill: () => ReadonlyMap<K, V>) {
    this.fill = fill;
  }

  private get map(): ReadonlyMap<K, V> {
    if (this.filled === undefined) {
      this.filled = (this.fill as () => ReadonlyMap<K, V>)();
      this.fill = undefined;
    }
    return this.filled;
  }

  get size(): number {
    return this.map.size;
  }

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  has(key: K): boolean {
    return this.map.has(key);
  }

  forEach(each: (value: V, key: K, map: ReadonlyMap<K, V>) => void, self?: unknown): void {
    for (const [key, value] of this.map) each.call(self, value, key, this);
  }

  entries(): MapIterator<[K, V]> {
    return this.map.entries();
  }

  keys(): MapIterator<K> {
    return this.map.keys();
  }

  values(): MapIterator<V> {
    return this.map.values();
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.map[Symbol.iterator]();
  }
}
