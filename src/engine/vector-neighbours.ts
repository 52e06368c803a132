import type { Expansion } from './analyzer.ts';
import { BoundedMemo } from './bounded-memo.ts';
import { COMMON_ENGLISH_WORDS } from './common-words.ts';
import { EXPANSION } from './tuning.ts';
import { cosine, type WordVectors } from './word-vectors.ts';

/**
 * Reader's words whose closeness to the story's terms is kept, each with at
 * most every story term that has a vector: a few hundred a story.
 */
const CLOSE_TERMS_LIMIT = 1024;

/** A word's vector and reach (`WordVectors.of`). */
type WordVector = { vector: Int8Array; reach: number };

/**
 * The story's terms whose words lie close to a reader's word in general
 * English's word vectors ("scrapped" for the story's "cancelled"), for a
 * word the story does not use: beside WordNet's stand-ins, or alone where
 * no other resource reads it (`Expansions`). Each stands in at a share of
 * its closeness, well below an exact word, since closeness in text is not
 * sameness of meaning ("rise" lies close to "fall").
 */
export class VectorNeighbours {
  /** The story's terms, each with the vectors of the story's words read as it. */
  private terms: ReadonlyMap<string, readonly WordVector[]> | undefined;

  /**
   * @param vectors general English's word vectors
   * @param storyWords the story's own words, filler aside
   * @param storyTerm the story's term for one of its words; null for none
   */
  constructor(
    private readonly vectors: WordVectors,
    private readonly storyWords: Iterable<string>,
    private readonly storyTerm: (word: string) => string | null,
  ) {}

  /**
   * The story's terms close to `word`, closest first; undefined when none is
   * close enough. Only between dictionary words: names lie close to names of
   * their kind ("paris" to "london", "monday" to "tuesday"), which are other
   * things, not other words for the same one.
   */
  of(word: string): Expansion[] | undefined {
    const own = this.vectorOf(word);
    if (own === undefined) return undefined;
    const found: Expansion[] = [];
    for (const [term, words] of this.storyTerms()) {
      let closest = 0;
      for (const other of words) closest = Math.max(closest, closeness(own, other));
      if (closest >= EXPANSION.neighbourCloseness) {
        found.push({ term, credit: closest * EXPANSION.neighbour });
      }
    }
    if (found.length === 0) return undefined;
    found.sort((a, b) => b.credit - a.credit || (a.term < b.term ? -1 : 1));
    return found.slice(0, EXPANSION.neighboursPerWord);
  }

  /**
   * Whether one of `terms` is a story term close to `word`, as {@link of}
   * reads them, however many others are closer: a sentence saying
   * "verdict" says the reader's "jury" though the story has words closer
   * still. Reads only those terms' words, not the whole story's.
   */
  isCloseToAny(word: string, terms: Iterable<string>): boolean {
    const own = this.vectorOf(word);
    if (own === undefined) return false;
    const story = this.storyTerms();
    const read = this.closeTerms.get(word);
    for (const term of terms) {
      const others = story.get(term);
      if (others === undefined) continue;
      let close = read.get(term);
      if (close === undefined) {
        close = false;
        for (const other of others) {
          if (closeness(own, other) >= EXPANSION.neighbourCloseness) {
            close = true;
            break;
          }
        }
        read.set(term, close);
      }
      if (close) return true;
    }
    return false;
  }

  /**
   * For each word {@link isCloseToAny} was asked about, whether each story
   * term weighed was close to it: a long question weighs thirty words
   * against every term of each sentence it reads, and the next question
   * mostly the same words against the same sentences. Filled in as read.
   */
  private readonly closeTerms = new BoundedMemo(
    CLOSE_TERMS_LIMIT,
    (_word: string) => new Map<string, boolean>(),
  );

  /** A dictionary word's vector and reach; undefined for any other word. */
  private vectorOf(word: string): WordVector | undefined {
    return COMMON_ENGLISH_WORDS.has(word) ? this.vectors.of(word) : undefined;
  }

  /** Gathers now what the first word no other resource reads would otherwise wait for. */
  prepare(): void {
    this.storyTerms();
  }

  /** The story's terms with their words' vectors, gathered on the first word looked up. */
  private storyTerms(): ReadonlyMap<string, readonly WordVector[]> {
    if (this.terms !== undefined) return this.terms;
    const byTerm = new Map<string, WordVector[]>();
    for (const word of this.storyWords) {
      if (!COMMON_ENGLISH_WORDS.has(word)) continue;
      const term = this.storyTerm(word);
      const vector = term === null ? undefined : this.vectors.of(word);
      if (term === null || vector === undefined) continue;
      const list = byTerm.get(term);
      if (list === undefined) byTerm.set(term, [vector]);
      else list.push(vector);
    }
    this.terms = byTerm;
    return this.terms;
  }
}

/**
 * The cosine of two words each among the other's closest words, or 0 when
 * either lies closer to many other words: "happy" lies close to "we" and
 * "know", but they lie closer to many other words than to it.
 */
function closeness(own: WordVector, other: WordVector): number {
  const cos = cosine(own.vector, other.vector);
  return cos < own.reach || cos < other.reach ? 0 : cos;
}
