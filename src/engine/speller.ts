import Fuse from 'fuse.js';
import { BoundedMemo } from './bounded-memo.ts';
import { DeletionIndex, deletions } from './deletion-index.ts';
import { SPELLING } from './tuning.ts';

/**
 * Corrects a misspelt word to a word the knowledge uses ("petorva" →
 * "petrova"). A deletion index picks the candidates in constant time
 * whatever the vocabulary's size: a word and its typo share a spelling once
 * a letter or two is dropped from each. Fuse.js then ranks those few
 * candidates, and an edit-distance bound decides, so an unrelated word is not
 * bent into a story word.
 */
export class Speller {
  private readonly known: ReadonlySet<string>;
  /** The known words under their spellings with letters dropped. */
  private readonly byDeletion = new DeletionIndex();
  /** A word's letters in order → the known words made of exactly those letters. */
  private readonly byLetters = new Map<string, string[]>();
  /** The vocabulary is fixed, so a correction stays right; the cap only bounds memory. */
  private readonly corrections = new BoundedMemo(CORRECTION_CACHE_LIMIT, (word: string) =>
    this.search(word),
  );

  /**
   * @param vocabulary words the knowledge uses, the only corrections offered
   * @param realWords words that are already right as typed, though the knowledge never uses them
   * @param everydayWords real words so common that a held key's slip of one is read only as
   *   another of them ("loose" for "lose"), never as a rarer word or a name ("good" is no "God")
   */
  constructor(
    vocabulary: Iterable<string>,
    private readonly realWords: ReadonlySet<string> = new Set(),
    private readonly everydayWords: ReadonlySet<string> = new Set(),
  ) {
    this.known = new Set(vocabulary);
    for (const word of this.known) {
      // A typo of up to two edits is allowed in long words, so long known words need two deletions.
      const depth = word.length + 1 >= SPELLING.twoEditsFromLength ? 2 : 1;
      this.byDeletion.add(word, depth);
      if (word.length >= SPELLING.scrambledFromLength) {
        const letters = sortedLetters(word);
        const words = this.byLetters.get(letters);
        if (words) words.push(word);
        else this.byLetters.set(letters, [word]);
      }
    }
  }

  /** Whether a word is one of the vocabulary's as it is. */
  knows(word: string): boolean {
    return this.known.has(word);
  }

  /** The closest known word within the allowed edits, or null. */
  correct(word: string): string | null {
    return this.corrections.get(word)[0] ?? null;
  }

  /**
   * Every known word within the allowed edits that is a safe correction,
   * closest first: where a slip is as close to two words ("marh": "march",
   * "marsh"), the words around it may tell which was meant.
   */
  candidates(word: string): readonly string[] {
    return this.corrections.get(word);
  }

  /**
   * A real word can still be a typo when a held key doubled a letter
   * ("basses" for "bases"): take the story's word if undoubling gives one.
   */
  private undoubled(word: string): string | null {
    for (let i = 1; i < word.length; i++) {
      if (word[i] !== word[i - 1]) continue;
      const single = word.slice(0, i) + word.slice(i + 1);
      if (this.known.has(single)) return single;
    }
    return null;
  }

  /**
   * Two letters swapped across a third ("asulym" for "asylum") are two edits,
   * too many to allow in general, but a word with exactly the same letters
   * is still a safe guess once the word is long enough.
   */
  private unscrambled(word: string): string | null {
    if (word.length < SPELLING.scrambledFromLength) return null;
    const sameLetters = (this.byLetters.get(sortedLetters(word)) ?? []).filter(
      (candidate) =>
        candidate[0] === word[0] &&
        damerauLevenshtein(word, candidate, SCRAMBLE_EDITS) <= SCRAMBLE_EDITS,
    );
    return sameLetters.length === 1 ? (sameLetters[0] ?? null) : null;
  }

  /** Known words at most `edits` edits from `word` that are safe corrections of it. */
  private within(word: string, edits: number): string[] {
    const candidates = new Set<string>();
    for (const key of [word, ...deletions(word, edits)]) {
      if (this.known.has(key)) candidates.add(key);
      for (const candidate of this.byDeletion.wordsUnder(key)) candidates.add(candidate);
    }
    return [...candidates].filter((candidate) => {
      if (damerauLevenshtein(word, candidate, edits) > edits) return false;
      if (word.length <= SPELLING.shortWordLength && candidate[0] !== word[0]) return false;
      // In a four-letter word only a dropped letter ("asad") or two swapped
      // ones ("baes") are safe guesses; "rain" is not "ran".
      return (
        word.length >= SPELLING.minSubstitutionLength ||
        candidate.length > word.length ||
        sameLetters(word, candidate)
      );
    });
  }

  private search(word: string): readonly string[] {
    if (this.known.has(word)) return [word];
    if (this.realWords.has(word)) {
      const single = this.undoubled(word);
      // An everyday word is a slip only of another ("loose" for "lose"): "good
      // morning" greets, it names no "God".
      const rarer =
        single !== null && this.everydayWords.has(word) && !this.everydayWords.has(single);
      return rarer ? NONE : orNone(single);
    }
    const allowed = allowedEdits(word);
    if (allowed === 0) return NONE;

    // Most slips are one edit: look that far first, and two edits only when
    // nothing is closer (fewer spellings to build for the common case).
    let close = this.within(word, 1);
    if (close.length === 0 && allowed === 2) close = this.within(word, 2);
    if (close.length === 0) return orNone(this.unscrambled(word));
    if (close.length === 1) return close;

    const nearest = [...close].sort();
    const ranked = new Fuse(nearest, SPELLING.fuse).search(word).map((found) => found.item);
    return ranked.length > 0 ? ranked : nearest;
  }
}

const NONE: readonly string[] = [];

function orNone(word: string | null): readonly string[] {
  return word === null ? NONE : [word];
}

/** Whether two words are anagrams: a swap of letters, not a change of them. */
function sameLetters(a: string, b: string): boolean {
  return a.length === b.length && sortedLetters(a) === sortedLetters(b);
}

function sortedLetters(word: string): string {
  return [...word].sort().join('');
}

/** A scrambled word is at most two swaps from the word meant. */
const SCRAMBLE_EDITS = 2;

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
