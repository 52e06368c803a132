/**
 * Which words a name may call its thing by, read as the kind a reader asks
 * for: "which uni" of "the University of Westmoor", "which hospital" of
 * "Harrowfield Royal Infirmary". Readers name a kind in their own word,
 * and the article's name ends on another word for the same thing.
 */
import type { AskContext } from './ask-context.ts';
import { regularSingular } from './counted.ts';
import { EXPANSION } from './tuning.ts';

/**
 * Whether a word of a name calls its thing by one of the kind's words: the
 * word itself or its singular, as before; a reviewed reader phrase's word
 * for it ("uni": "university", read at a reader phrase's weight or more);
 * or one of the story's nouns WordNet gives as another name of it
 * ("infirmary" for "hospital", `Expansions.otherNamesOf`). Broader and
 * narrower words stay out: a church is a building, but "which building"
 * does not ask which church.
 *
 * @param kinds the kind's words as the question gives them ("police", "force")
 */
export function kindCalls(
  context: AskContext,
  kinds: readonly string[],
): (word: string) => boolean {
  const words = new Set(kinds.flatMap((word) => [word, regularSingular(word) ?? word]));
  const terms = new Set<string>();
  for (const word of words) {
    for (const term of context.index.otherNamesOf(word)) terms.add(term);
    for (const read of context.index.analyze(word)) {
      if (read.credit >= EXPANSION.readerPhrase && !read.isQuestionWord) terms.add(read.term);
    }
  }
  return (word) => words.has(word) || context.termsOfWord(word).some((term) => terms.has(term));
}
