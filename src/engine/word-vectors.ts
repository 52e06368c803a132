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
   * @param wordList the words, most frequent first, a line each, one per row of `rows`
   * @param rows every word's vector, `dimensions` bytes each, in the words' order
   * @param reaches each word's cosine to its {@link NEIGHBOURHOOD}th closest word, times 255
   */
  constructor(
    private readonly wordList: string,
    private readonly rows: Int8Array,
    readonly dimensions: number,
    private readonly reaches: Uint8Array,
  ) {
    const count = lineCount(wordList);
    if (rows.length !== count * dimensions || reaches.length !== count) {
      throw new RangeError(
        `${rows.length} vector bytes and ${reaches.length} reaches for ${count} words of ${dimensions} dimensions`,
      );
    }
  }

  /**
   * A word's vector and reach: the cosine a word must have with it to be
   * among its {@link NEIGHBOURHOOD} closest words. Undefined for a word too
   * rare to have a vector.
   */
  of(word: string): { vector: Int8Array; reach: number } | undefined {
    // Split and indexed on the first look-up (or `prepare()`), not at
    // start-up: sixty thousand words cost some 30 ms to split alone.
    this.index ??= new Map(
      this.wordList
        // The constructor checked there is a reach for every line.
        .split('\n', this.reaches.length)
        .map((word, at): [string, number] => [word, at]),
    );
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

/** How many lines a text holds, the last one ending in a line break or not. */
export function lineCount(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return text === '' || text.endsWith('\n') ? count : count + 1;
}

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
