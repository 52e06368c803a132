/**
 * A small seeded random number generator, so that every corpus and every
 * question mix is the same on every machine and every run: a benchmark whose
 * input drifts cannot be compared with yesterday's.
 */
export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed | 0;
  }

  /** A float in [0, 1). A Weyl sequence scrambled by a 32-bit avalanche mix. */
  next(): number {
    this.state = (this.state + 0x9e3779b9) | 0;
    let mixed = this.state;
    mixed = Math.imul(mixed ^ (mixed >>> 16), 0x85ebca6b);
    mixed = Math.imul(mixed ^ (mixed >>> 13), 0xc2b2ae35);
    mixed ^= mixed >>> 16;
    return (mixed >>> 0) / 0x1_0000_0000;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError('cannot pick from an empty list');
    return item;
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffled<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const held = copy[i] as T;
      copy[i] = copy[j] as T;
      copy[j] = held;
    }
    return copy;
  }
}

/**
 * Draws items with Zipf-like frequencies: the first item is the most common
 * and the tail is long, as words are in real text. That skew is what makes
 * some postings lists long and most of them short.
 */
export class ZipfSampler<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(
    private readonly items: readonly T[],
    exponent = 1,
  ) {
    if (items.length === 0) throw new RangeError('a sampler needs at least one item');
    let sum = 0;
    for (let rank = 1; rank <= items.length; rank++) {
      sum += 1 / rank ** exponent;
      this.cumulative.push(sum);
    }
    this.total = sum;
  }

  draw(random: Prng): T {
    const target = random.next() * this.total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.cumulative[middle] ?? 0) < target) low = middle + 1;
      else high = middle;
    }
    return this.items[low] as T;
  }
}
