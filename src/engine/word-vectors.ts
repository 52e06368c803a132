/**
 * Word vectors of general English (GloVe, `resources/english/word-vectors.*`):
 * words used in the same contexts of news text lie close together ("boss"
 * and "chief", "scrapped" and "cancelled", "crooks" and "criminals"), where
 * WordNet may relate them by no line. Each word's vector is a row of signed
 * bytes; only the cosine between two is read, so no row's scale is kept.
 */
export class WordVectors {
  private index: Map<string, number> | undefined;

  /**
   * @param words the words, most frequent first, one per row of `rows`
   * @param rows every word's vector, `dimensions` bytes each, in the words' order
   * @param reaches each word's cosine to its {@link NEIGHBOURHOOD}th closest word, times 255
   */
  constructor(
    private readonly words: readonly string[],
    private readonly rows: Int8Array,
    readonly dimensions: number,
    private readonly reaches: Uint8Array,
  ) {
    if (rows.length !== words.length * dimensions || reaches.length !== words.length) {
      throw new RangeError(
        `${rows.length} vector bytes and ${reaches.length} reaches for ${words.length} words of ${dimensions} dimensions`,
      );
    }
  }

  /**
   * A word's vector and reach: the cosine a word must have with it to be
   * among its {@link NEIGHBOURHOOD} closest words. Undefined for a word too
   * rare to have a vector.
   */
  of(word: string): { vector: Int8Array; reach: number } | undefined {
    // Indexed on the first look-up: a story that is never asked a word it
    // does not use never pays for sixty thousand entries.
    this.index ??= new Map(this.words.map((w, i) => [w, i]));
    const at = this.index.get(word);
    if (at === undefined) return undefined;
    return {
      vector: this.rows.subarray(at * this.dimensions, (at + 1) * this.dimensions),
      reach: (this.reaches[at] as number) / 255,
    };
  }
}

/** How many closest words make a word's neighbourhood (`npm run vectors`). */
export const NEIGHBOURHOOD = 20;

/** The cosine of two vectors: 1 for the same direction, 0 for unrelated ones. */
export function cosine(a: Int8Array, b: Int8Array): number {
  let dot = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    dot += x * y;
    aa += x * x;
    bb += y * y;
  }
  return aa === 0 || bb === 0 ? 0 : dot / Math.sqrt(aa * bb);
}
