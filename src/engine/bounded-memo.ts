/**
 * A function's results kept by key, at most `limit` of them: the engine's
 * caches of readers' words and the story's texts. Readers' words are
 * unbounded, so every such cache needs a cap; the story's own are few, so
 * the cap is loose and is rarely reached.
 *
 * When it is full the whole memo starts afresh rather than evicting the
 * least recently used key: a hit is then one `Map` lookup with no
 * bookkeeping (the per-question path reads these thousands of times), and
 * losing every key at once only costs their recomputation. `compute` is
 * given once, at construction, so a lookup allocates no closure.
 *
 * `compute` must be pure for a key, or return a fresh value that its caller
 * fills in (then a key forgotten is one filled afresh). It may return `null`
 * or `false`, which are kept like any value, but not `undefined`.
 */
export class BoundedMemo<K, V extends NonNullable<unknown> | null> {
  private readonly values = new Map<K, V>();

  /**
   * @param limit how many keys are kept at most
   * @param compute the value of a key not kept
   */
  constructor(
    private readonly limit: number,
    private readonly compute: (key: K) => V,
  ) {}

  /** The value of `key`: kept, or computed once and kept. */
  get(key: K): V {
    let value = this.values.get(key);
    if (value === undefined) {
      value = this.compute(key);
      if (this.values.size >= this.limit) this.values.clear();
      this.values.set(key, value);
    }
    return value;
  }

  /** How many keys are kept now. */
  get size(): number {
    return this.values.size;
  }
}
