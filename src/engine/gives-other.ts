import type { AnswerNeed, AnswerTypes } from './intent.ts';
import type { UnitFit } from './term-index.ts';
import { foldText, words } from './text.ts';

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

/** The people a text gives, each as its folded words. */
export interface PeopleGiven {
  /** By name or by a word of role ("spokesperson", "residents"). */
  all: readonly (readonly string[])[];
  /** By one of the story's names of people and groups only. */
  named: readonly (readonly string[])[];
}

/**
 * A "who" answered by the article's own words must give someone the
 * question does not name: a sentence whose only people are those asked
 * about ("who did Lind tackle" → "…Lind's dismissal"; "who owns
 * the operator" → "the operator said…") shares the question's subject, not
 * its answer. A person counts as named by any of their words the question
 * holds ("Lind" names "Anna Lind"). A question after another one than the
 * article gives ("who was the other person rescued", "who else was there",
 * "the second analyst") wants them by name: "Two people were rescued" or
 * "according to a spokesperson" tells who no more than the question does.
 * Null for any other question.
 *
 * The filler words joining a name's words ("of", "the" of "Friends of the
 * National Museum") name no one: "who warned the galleries…" does not name
 * that group. A name's first word still counts, filler or not ("The Midland
 * Courier"): without it the article's summary, which names its outlet, would
 * answer "who's the watchdog in this story".
 *
 * @param peopleOf the people a unit's text gives ({@link AnswerTypes.peopleIn},
 *   {@link AnswerTypes.namesIn}), read once per unit by the caller; null for
 *   a unit written or made for its questions (a curated pair, a card, a
 *   list), which this does not hold to
 * @param isFiller whether a word is filler to the story (a stopword): it names no one
 * @param cardNamesOf the names of the one a unit is the card of (its name
 *   and aliases); null for any other unit. Asked after another one, a card
 *   gives another only where the question names none of its names.
 */
export function givesAnotherPersonFit(
  question: string,
  need: AnswerNeed | null,
  peopleOf: (unit: number) => PeopleGiven | null,
  isFiller: (word: string) => boolean,
  cardNamesOf: (unit: number) => readonly string[] | null = () => null,
): UnitFit {
  if (need !== 'person') return null;
  const names = namedByQuestion(question, isFiller);
  const byName = ASKS_ANOTHER.test(foldText(question));
  return (unit) => {
    const people = peopleOf(unit);
    if (people === null) {
      // "Who are the other insurers in the Harrowgate consortium": not the
      // card of Harrowgate Mutual, the one the question already names.
      const card = byName ? cardNamesOf(unit) : null;
      return card === null || card.some((name) => !names(words(foldText(name))));
    }
    return (byName ? people.named : people.all).some((person) => !names(person));
  };
}

/**
 * For a question, whether the people a text gives by name hold one it does
 * not name: "what's the name of the cop who woke Tom Brierley" is not
 * answered by a sentence whose only named person is Tom Brierley. Read once
 * per question, then asked of each unit's people.
 */
export function namesSomeoneNotAsked(
  question: string,
  isFiller: (word: string) => boolean,
): (people: PeopleGiven) => boolean {
  const names = namedByQuestion(question, isFiller);
  return (people) => people.named.some((person) => !names(person));
}

/**
 * Whether the question names a person (their words, as a text gives them):
 * by any of their words it holds, filler inside a name ("de", "van") aside.
 */
function namedByQuestion(
  question: string,
  isFiller: (word: string) => boolean,
): (person: readonly string[]) => boolean {
  const asked = new Set(words(question));
  return (person) => person.some((word, at) => asked.has(word) && (at === 0 || !isFiller(word)));
}

/**
 * A question after one more of a kind than the article gives: "the other
 * person", "who else", "another witness", "the second analyst", the one
 * before someone ("who was ceo before tolley", "before him"); not "each
 * other", "one another" or a rank ("who came second").
 */
const ASKS_ANOTHER =
  /(?<!\b(?:each|one) )\b(?:other|others|another|else)\b|\bthe (?:second|third|fourth|next)\b|\bbefore \w+\W*$/;
