import Fuse from 'fuse.js';
import { SPELLING } from './tuning.ts';

/**
 * Corrects a misspelt word to a word the knowledge uses ("zakarova" →
 * "zakharova"). Fuse.js proposes candidates among words of similar length;
 * an edit-distance bound then decides, so an unrelated word ("bake") is not
 * bent into a story word ("base").
 */
export class Speller {
  private readonly byLength = new Map<number, Fuse<string>>();
  private readonly known: ReadonlySet<string>;

  /**
   * @param vocabulary words the knowledge uses, the only corrections offered
   * @param realWords words that are already right as typed, though the knowledge never uses them
   */
  constructor(
    vocabulary: Iterable<string>,
    private readonly realWords: ReadonlySet<string> = new Set(),
  ) {
    this.known = new Set(vocabulary);
    const buckets = new Map<number, string[]>();
    for (const word of this.known) {
      const bucket = buckets.get(word.length) ?? [];
      bucket.push(word);
      buckets.set(word.length, bucket);
    }
    for (const [length, bucket] of buckets) {
      bucket.sort();
      this.byLength.set(length, new Fuse(bucket, SPELLING.fuse));
    }
  }

  private readonly corrections = new Map<string, string | null>();

  /** The closest known word within the allowed edits, or null. */
  correct(word: string): string | null {
    const cached = this.corrections.get(word);
    if (cached !== undefined) return cached;
    const corrected = this.search(word);
    // The vocabulary is fixed, so an answer stays right; the cap only bounds memory.
    if (this.corrections.size >= CORRECTION_CACHE_LIMIT) this.corrections.clear();
    this.corrections.set(word, corrected);
    return corrected;
  }

  private search(word: string): string | null {
    if (this.known.has(word)) return word;
    if (this.realWords.has(word)) return null;
    const allowed = allowedEdits(word);
    if (allowed === 0) return null;

    let best: { word: string; edits: number; score: number } | null = null;
    for (let length = word.length - allowed; length <= word.length + allowed; length++) {
      const fuse = this.byLength.get(length);
      if (!fuse) continue;
      for (const hit of fuse.search(word, { limit: SPELLING.candidatesPerLength })) {
        const edits = damerauLevenshtein(word, hit.item, allowed);
        if (edits > allowed) continue;
        if (word.length <= SPELLING.shortWordLength && hit.item[0] !== word[0]) continue;
        // In a four-letter word only a dropped letter is a safe guess ("asad"); "rain" is not "ran".
        if (word.length < SPELLING.minSubstitutionLength && hit.item.length <= word.length)
          continue;
        const score = hit.score ?? 1;
        if (!best || edits < best.edits || (edits === best.edits && score < best.score)) {
          best = { word: hit.item, edits, score };
        }
      }
    }
    return best?.word ?? null;
  }
}

const CORRECTION_CACHE_LIMIT = 10_000;

function allowedEdits(word: string): number {
  if (word.length < SPELLING.minWordLength || /\d/.test(word)) return 0;
  return word.length >= SPELLING.twoEditsFromLength ? 2 : 1;
}

/**
 * Optimal-string-alignment distance (transpositions count as one edit),
 * giving up early once every path exceeds `limit`.
 */
export function damerauLevenshtein(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (beforePrevious[j - 2] ?? 0) + 1);
      }
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}
