import type { AskContext } from './ask-context.ts';
import { EVERYDAY_ENGLISH_WORDS } from './common-words.ts';
import { typedWordOf } from './linked-word.ts';
import type { QueryTerm } from './query-terms.ts';

/**
 * The reader's words a unit leaves unexplained, less those it says in a
 * word lying close to the reader's in general English's word vectors, each
 * among the other's closest words (`vector-neighbours.ts`): "verdict" for
 * the reader's "jury", "payment" for "cash". The question's analysis reads
 * a word's neighbours only for a word the story never uses; a word the
 * story uses elsewhere stays itself, and a sentence saying it otherwise
 * left it unexplained. Such a word is explained, not held: it weighs
 * nothing in the ranking.
 *
 * Not for the most common English words: they lie close to one another by
 * grammar and by topic alike ("last" to "first" and "year", "want" to
 * "said", "roughly" to "total"), so a sentence holding one of their
 * neighbours most often says something else.
 *
 * @param unexplained the reader's words the unit explains no other way,
 *   each as its group of terms (`askedWords`)
 * @param held the terms the unit holds
 */
export function unneighbouredWords(
  context: AskContext,
  question: string,
  unexplained: readonly (readonly QueryTerm[])[],
  held: ReadonlySet<string>,
): readonly (readonly QueryTerm[])[] {
  if (unexplained.length === 0) return unexplained;
  return unexplained.filter((group) => {
    const word = typedWordOf(context, question, group);
    return (
      word === undefined ||
      EVERYDAY_ENGLISH_WORDS.has(word) ||
      !context.index.hasNeighbourAmong(word, held)
    );
  });
}
