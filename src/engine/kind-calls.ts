/**
 * Which words a name may call its thing by, read as the kind a reader asks
 * for: "which uni" of "the University of Westmoor", "which beach" of
 * "Stennock Sands". Readers name a kind in their own word, and the
 * article's name ends on another word for the same thing.
 */
import type { AskContext } from './ask-context.ts';
import { regularSingular } from './counted.ts';
import { mayBeAPerson } from './named-kind.ts';

/**
 * The other words a kind's word is said in: the words a reviewed reader
 * phrase reads it as ("uni": "university", "beach": "sands"). None for a
 * kind of person: a reader's "lawyer" read as "prosecutor" says which side
 * no better than the reader did. WordNet's synonyms were tried and left
 * out: their other senses call "Harrowdean Allotment Society" a company
 * and "Castellane Administrative Tribunal" a court.
 */
export function otherKindWords(context: AskContext, kind: string): readonly string[] {
  const singular = regularSingular(kind) ?? kind;
  if (mayBeAPerson(singular)) return [];
  const found = new Set([
    ...context.index.readerWordsOf(kind),
    ...context.index.readerWordsOf(singular),
  ]);
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
