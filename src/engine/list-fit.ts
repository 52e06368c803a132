import { answerTextOf } from './answer-text.ts';
import type { AskContext } from './ask-context.ts';
import { regularSingular } from './counted.ts';
import { askedWords, holdsWord, type QueryTerm } from './query-terms.ts';
import { isFiguresPair, isListPair } from './structure/generate.ts';
import type { RankedUnit, UnitFit } from './term-index.ts';
import { foldText, quotedSpans, words } from './text.ts';
import type { AnswerUnit } from './units.ts';

/**
 * A question that quotes the article ("what did he mean by 'in the way that
 * some wish'") is about the words it quotes: answers must hold them. A quote
 * no ranked answer holds sets no condition.
 */
export function quotedWordsFit(
  context: AskContext,
  question: string,
  ranked: readonly RankedUnit[],
): UnitFit {
  const quoted = quotedSpans(question);
  if (quoted.length === 0) return null;
  const holds = (index: number) => {
    const unit = context.units[index];
    const text = unit ? foldText(answerTextOf(unit)) : '';
    return quoted.some((span) => text.includes(span));
  };
  return ranked.some((r) => holds(r.unit)) ? holds : null;
}

/**
 * A list of the article's people, places or dates answers a question asking
 * for many ("which people are mentioned", "what dates come up"), or words
 * that are all its own ("key dates"). A remark that shares one word with it
 * and says something else ("people are so weird", "my date stood me up lol")
 * asks for no list, nor does a question after one fact ("what date is the
 * final": the final is not in the list of dates), nor a "which" after a
 * kind of thing the list does not name ("which subjects").
 */
export function listFit(
  context: AskContext,
  question: string,
  terms: readonly QueryTerm[],
): UnitFit {
  const folded = foldText(question);
  const asksForMany = ASKS_FOR_MANY.test(folded);
  if (terms.some((t) => t.isQuestionWord) && asksForMany) return null;
  // "Was a school affected": a yes or no, which no list of names tells, though
  // one of its people is "a retired school secretary".
  // "Can you list the people", "are any other places mentioned" ask for the list.
  const yesOrNo = !asksForMany && context.whether.asksYesOrNo(question);
  if (yesOrNo) return (index) => !isListUnit(context.units[index]);
  const asked = askedWords(terms);
  if (asked.length === 0) return null;
  // "Who went with hale": a question after one of the story's people, and no
  // other word, asks about that one, not for everyone the list names.
  const [only] = asked;
  if (asked.length === 1 && only?.some((t) => context.personNameWords.has(t.term))) {
    return (index) => !isListUnit(context.units[index]);
  }
  // The kind asked for and the words typed are read on the first list that
  // holds every word asked: a long question is held back by a missing word
  // from every list, and reading its kind cost more than the rest of the fit.
  let kindTerms: readonly string[] | null | undefined;
  let typed: readonly string[] | undefined;
  return (index) => {
    const unit = context.units[index];
    if (unit?.kind !== 'qa' || !isListUnit(unit)) return true;
    // The list of figures names things by what they count, not by the words
    // a reader asks for them with: asked for many ("list the numbers in the
    // story"), it need not hold them.
    if (isListPair(unit.pair) || !asksForMany) {
      const own = context.termsOfUnit(index);
      for (const group of asked) if (!holdsWord(own, group)) return false;
      // "Which subjects did they look at" asks for subjects: the list of places,
      // reached by a word WordNet relates to "subjects", does not hold the kind.
      if (kindTerms === undefined) {
        const kind = context.namedKinds.kindAskedFor(question, context.isFiller);
        kindTerms = kind === null ? null : context.termsOfWord(kind);
      }
      if (kindTerms !== null && kindTerms.length > 0 && !kindTerms.some((t) => own.has(t))) {
        return false;
      }
    }
    // Stemming reads "date" as "dates": a question naming the listed kind in
    // the singular ("what date is the article") asks for one fact, not the list.
    const plurals = pluralsOf(unit);
    // Read as the index reads words: "what kind of organisation" names
    // "organization", which the list's "organizations" is the plural of.
    typed ??= words(folded).map((word) => context.baseOf(word));
    return !typed.some((word) => plurals.has(word));
  };
}

/**
 * Whether a unit is one of the article-wide lists of names, places, dates or
 * figures: the list of figures, too, answers a question asking for them,
 * not one asking after one figure ("what goes into the £12k figure").
 */
function isListUnit(unit: AnswerUnit | undefined): boolean {
  return unit?.kind === 'qa' && (isListPair(unit.pair) || isFiguresPair(unit.pair));
}

/**
 * The words a list pair's own question names in the plural ("What dates
 * does the article mention?": "dates"), each as its singular: the kind of
 * thing it lists. Read once per pair.
 */
function pluralsOf(unit: AnswerUnit & { kind: 'qa' }): ReadonlySet<string> {
  let found = pluralsRead.get(unit);
  if (found === undefined) {
    const said = new Set(words(foldText(unit.pair.questions[0] ?? '')));
    const singulars = new Set<string>();
    for (const word of said) {
      const singular = regularSingular(word);
      if (singular !== null && singular.length >= 3 && !said.has(singular)) singulars.add(singular);
    }
    found = singulars;
    pluralsRead.set(unit, found);
  }
  return found;
}

/** Each list pair's {@link pluralsOf}; keyed by the unit, so it lives as long as its engine. */
const pluralsRead = new WeakMap<AnswerUnit, ReadonlySet<string>>();

/** Words that ask for many things at once, which is what a list of them tells. */
const ASKS_FOR_MANY =
  /\b(?:all|list|every|each|any|other|dates|days|years|times|places|locations|areas|towns|countries|people|persons|names|everyone|figures|numbers|stats|statistics|organi[sz]ations|groups|bodies|companies|who(?:'s|s)?\s+who|mentioned|named|quoted)\b/;
