/**
 * Which words a name may call its thing by, read as the kind a reader asks
 * for: "which uni" of "the University of Westmoor", "which hospital" of
 * "Harrowfield Royal Infirmary". Readers name a kind in their own word,
 * and the article's name ends on another word for the same thing.
 */
import type { AskContext } from './ask-context.ts';
import { regularSingular } from './counted.ts';

/**
 * The other words a kind's word is said in: a reviewed reader phrase's
 * words for it ("uni": "university"), and the story's nouns WordNet gives
 * as another name of it ("infirmary" for "hospital",
 * `Expansions.otherNamesOf`). Broader and narrower words stay out: a
 * church is a building, but "which building" does not ask which church.
 */
export function otherKindWords(context: AskContext, kind: string): readonly string[] {
  const singular = regularSingular(kind) ?? kind;
  const found = new Set<string>();
  for (const word of new Set([kind, singular])) {
    for (const other of context.index.readerWordsOf(word)) found.add(other);
    for (const other of context.index.otherNamesOf(word)) found.add(other);
  }
  found.delete(kind);
  found.delete(singular);
  return [...found];
}

/**
 * Whether a word of a name calls its thing by one of the kind's words: the
 * word itself or its singular, or, by its terms, one of their
 * {@link otherKindWords} ("University" for "uni").
 *
 * @param kinds the kind's words as the question gives them ("police", "force")
 */
export function kindCalls(
  context: AskContext,
  kinds: readonly string[],
): (word: string) => boolean {
  const words = new Set(kinds.flatMap((word) => [word, regularSingular(word) ?? word]));
  const terms = new Set(
    kinds.flatMap((kind) => otherKindWords(context, kind).flatMap((w) => context.termsOfWord(w))),
  );
  return (word) => words.has(word) || context.termsOfWord(word).some((term) => terms.has(term));
}
