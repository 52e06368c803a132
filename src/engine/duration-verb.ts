/**
 * "How long did the strike last", "how long will the suspension last": the
 * verb closing a "how long" only says again that a span is asked. It is no
 * word of the thing asked about, so the article's "Drivers last struck in
 * 2022" holds nothing of the question by it.
 */

/** Verbs of going on for a while, which a "how long" may close on. */
const DURATION_VERBS: ReadonlySet<string> = new Set(['last', 'lasted', 'lasts']);

/**
 * Whether the word at `at` of a question's words is the verb a "how long"
 * closes on: "how long" opens the question (after chat, at most a few words
 * in) and the verb is its last word.
 *
 * @param words the question's words, folded, as the analyzer reads them
 */
export function isDurationVerb(words: readonly string[], at: number): boolean {
  if (at !== words.length - 1 || !DURATION_VERBS.has(words[at] ?? '')) return false;
  const how = words.indexOf('how');
  return how >= 0 && how < at - 2 && words[how + 1] === 'long';
}
