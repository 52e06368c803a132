import type { AnswerNeed, AnswerTypes } from './intent.ts';
import type { UnitFit } from './term-index.ts';
import { words } from './text.ts';

/**
 * Whether any of the places or people a text gives ({@link AnswerTypes.placesIn},
 * {@link AnswerTypes.peopleIn}) is one the question does not name itself:
 * "where in Lyon does he live" is not answered by "he moved to Lyon", nor
 * "who led the raid on the mayor's office" by "the mayor said…".
 */
export function namesAnotherThan(question: string, given: readonly string[]): boolean {
  const asked = new Set(words(question));
  return given.some((name) => !words(name).every((word) => asked.has(word)));
}

/**
 * A "who" answered by the article's own words must give someone the
 * question does not name: a sentence whose only people are those asked
 * about ("who did Lind tackle" → "…Lind's dismissal"; "who owns
 * the operator" → "the operator said…") shares the question's subject, not
 * its answer. A person counts as named by any of their words the question
 * holds ("Lind" names "Anna Lind"). Null for any other question.
 *
 * @param peopleOf the people a unit's text gives ({@link AnswerTypes.peopleIn}),
 *   each as its folded words, read once per unit by the caller; null for a
 *   unit written or made for its questions (a curated pair, a card, a
 *   list), which this does not hold to
 */
export function givesAnotherPersonFit(
  question: string,
  need: AnswerNeed | null,
  peopleOf: (unit: number) => readonly (readonly string[])[] | null,
): UnitFit {
  if (need !== 'person') return null;
  const asked = new Set(words(question));
  return (unit) => {
    const people = peopleOf(unit);
    return people === null || people.some((person) => !person.some((word) => asked.has(word)));
  };
}
