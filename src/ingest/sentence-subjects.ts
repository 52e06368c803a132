import type { Span } from '../engine/quote-marks.ts';
import type { Mention, NamedEntity } from './names.ts';

/** A comma closing what comes before a name. */
const OPENING_CLAUSE_CLOSED = /,\s*$/u;

/** "He" or "she" as a word of its own. */
const SUBJECT_PRONOUN = /\b(?:he|she)\b/iu;

/**
 * Whether a sentence speaks of someone by "he" or "she" before naming anyone,
 * outside quotation marks, and names nobody as the subject of its main clause
 * after an opening one.
 *
 * @param unquoted - the passage with its quotations blanked, same length
 * @param people - the people the passage names outside quotation marks
 */
export function pronounLeads(
  unquoted: string,
  people: readonly Mention[],
): (sentence: Span) => boolean {
  return (sentence) => {
    const firstNamed = people.find((m) => m.start >= sentence.start && m.end <= sentence.end);
    const end = firstNamed?.outerStart ?? sentence.end;
    // "Asked whether she would turn professional, Pritchard laughed": the name
    // after the opening clause is the sentence's subject, the pronoun only in it.
    if (
      firstNamed !== undefined &&
      OPENING_CLAUSE_CLOSED.test(unquoted.slice(sentence.start, end))
    ) {
      return false;
    }
    return SUBJECT_PRONOUN.test(unquoted.slice(sentence.start, end));
  };
}

/**
 * The person each sentence of a passage is about, for the "he" or "she" of
 * the quote that follows. A sentence that says "he" or "she" before it names
 * anyone goes on about the person of the sentence before it, when that person
 * can be called so: in "Mr Sutcliffe gives a very different account. Speaking
 * to the paper, he insisted that Rocco had been on a lead." the second sentence
 * is still about Mr Sutcliffe, whom the dog named in it does not replace.
 * Otherwise a sentence is about whom `namedSubject` finds in it. Whether the
 * pronoun fits the person is left to the quote's own "he" or "she".
 *
 * @param carried - whom the last sentence of the passage before was about
 */
export function sentenceSubjects(
  sentences: readonly Span[],
  namedSubject: (sentence: Span) => NamedEntity | null,
  pronounLead: (sentence: Span) => boolean,
  carried: NamedEntity | null,
): (NamedEntity | null)[] {
  let previous = carried;
  return sentences.map((sentence) => {
    previous = pronounLead(sentence) && previous !== null ? previous : namedSubject(sentence);
    return previous;
  });
}
