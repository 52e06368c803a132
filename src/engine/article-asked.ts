import { askedWords, holdsWord, type QueryTerm } from './query-terms.ts';
import { isAboutTheArticlePair } from './structure/generate.ts';
import type { UnitFit } from './term-index.ts';
import { foldText, words } from './text.ts';
import type { AnswerUnit } from './units.ts';

/**
 * A pair about the article itself (who wrote it, which outlet, when it was
 * published, what it is about) answers a question asking about the article, one holding a
 * word of the pair's own questions ("when was it written", "which paper
 * ran this"), not one sharing only its lead's words and the kind of fact:
 * "what date did the schools close" asks no publication date, though the
 * lead the pair cites says the schools closed. A question asking nothing
 * but the kind ("what's the date") still finds it.
 *
 * @param units the engine's answer units, by index
 * @param termsOfWord the index's terms for a word
 * @param terms the question's terms
 */
export function articleAskedFit(
  units: readonly AnswerUnit[],
  termsOfWord: (word: string) => readonly string[],
  terms: readonly QueryTerm[],
): UnitFit {
  // "Date" of "what date" names the kind of fact, as "when" does: it tells
  // nothing of what the question is about.
  const kinds = kindTermsOf(termsOfWord);
  const asked = askedWords(terms).filter((group) => !group.every((t) => kinds.has(t.term)));
  if (asked.length === 0) return null;
  return (index) => {
    const unit = units[index];
    if (unit?.kind !== 'qa' || !isAboutTheArticlePair(unit.pair)) return true;
    const own = ownQuestionTerms(unit, termsOfWord);
    for (const group of asked) if (holdsWord(own, group)) return true;
    return false;
  };
}

/** Words that name only the kind of fact asked for. */
const KIND_OF_FACT = ['date', 'day', 'year', 'month', 'time'];

/**
 * The terms of {@link KIND_OF_FACT} by one index's `termsOfWord`, read once
 * per index, not once per question: a word's terms never change.
 */
function kindTermsOf(termsOfWord: (word: string) => readonly string[]): ReadonlySet<string> {
  let kinds = kindTermsRead.get(termsOfWord);
  if (kinds === undefined) {
    kinds = new Set(KIND_OF_FACT.flatMap(termsOfWord));
    kindTermsRead.set(termsOfWord, kinds);
  }
  return kinds;
}

/** {@link kindTermsOf}, by the index's `termsOfWord`, so it lives as long as its engine. */
const kindTermsRead = new WeakMap<(word: string) => readonly string[], ReadonlySet<string>>();

/** The terms of a pair's own questions, read once per pair. */
function ownQuestionTerms(
  unit: AnswerUnit & { kind: 'qa' },
  termsOfWord: (word: string) => readonly string[],
): ReadonlySet<string> {
  let found = questionTermsRead.get(unit);
  if (found === undefined) {
    found = new Set(
      unit.pair.questions.flatMap((question) => words(foldText(question)).flatMap(termsOfWord)),
    );
    questionTermsRead.set(unit, found);
  }
  return found;
}

/** Each pair's {@link ownQuestionTerms}; keyed by the unit, so it lives as long as its engine. */
const questionTermsRead = new WeakMap<AnswerUnit, ReadonlySet<string>>();
