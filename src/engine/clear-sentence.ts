import { askedWords, type QueryTerm } from './analyzer.ts';
import { type AskContext, answerTextOf } from './ask.ts';
import { type AnswerNeed, needWords } from './intent.ts';
import { isArticleWidePair } from './structure/generate.ts';
import { subjectTerms } from './suggestions.ts';
import type { RankedUnit } from './term-index.ts';
import { words } from './text.ts';
import { DECISION } from './tuning.ts';
import type { AnswerUnit } from './units.ts';

/**
 * Whether the best unit is one of the article's own sentences (or a pair
 * made from one) that answers the question clearly enough to be given below
 * the answer threshold. A
 * sentence of an article nobody curated scores lower than a pair written for
 * the question, since readers ask in words of their own; it is trusted when:
 *
 * - it meets every condition the question sets (the kind of fact asked for,
 *   the people named, words quoted…), and for a "where", gives a place the
 *   question does not name itself;
 * - it holds at least one word of the question as the reader typed it, not
 *   only stand-ins ("what time is it" is no question about an "instance"),
 *   and where it holds only one, that word is a subject of the story rather
 *   than everyday English ("whos on first base" shares only "first" with
 *   "the first visit…", and "base" with another sentence);
 * - every word of the question it does not hold is one the story itself uses
 *   elsewhere: how the reader frames the question ("what did she want"), or
 *   one that only names the kind of fact asked for, which the sentence is
 *   ("city" of "which city", "long" of "how long" for a span spelled out). A
 *   word the story never uses that the sentence cannot explain is most often
 *   the very point of a question the article does not answer ("are the
 *   shelters full", "is the bridge the only way across"), unless the
 *   sentence holds two words the reader typed that are not everyday English
 *   ("first" is one) and leads any other fact by
 *   `DECISION.clearSentenceWideLead`: then one such word is most often the
 *   reader's own for what the sentence says ("did a postman spot him" of
 *   "a postman found him");
 * - it leads every answer that would show the reader another fact (a pair
 *   answering for the whole article aside) by `DECISION.clearSentenceLead`:
 *   two sentences close together are two readings of the question, and
 *   picking one is a guess.
 */
export function isClearSentence(
  context: AskContext,
  question: string,
  ranked: readonly RankedUnit[],
  terms: readonly QueryTerm[],
  fitsAll: (unit: number) => boolean,
  need: AnswerNeed | null,
): boolean {
  const best = ranked[0];
  if (!best || best.score < DECISION.clearSentenceFloor) return false;
  const unit = context.units[best.unit];
  if (!unit || !showsOneSentence(context, unit, best.unit) || !fitsAll(best.unit)) return false;
  if (need === 'place' && !givesAnotherPlace(context, question, answerTextOf(unit))) return false;
  const held = context.termsOfUnit(best.unit);
  const asked = askedWords(terms);
  const typedHeld = asked.filter((group) => group.some((t) => t.credit === 1 && held.has(t.term)));
  if (typedHeld.length === 0) return false;
  const subjectsHeld = subjectTerms(context, question, terms).filter((term) => held.has(term));
  if (typedHeld.length < 2 && subjectsHeld.length === 0) return false;
  const framing =
    need === null ? new Set<string>() : needTerms(context, question, answerTextOf(unit), terms);
  const unexplained = asked.filter(
    (group) => !group.some((t) => held.has(t.term) || framing.has(t.term)),
  );
  const strange = unexplained.filter((group) => !isStoryWord(context, group)).length;
  const other = bestOtherFact(context, ranked);
  if (strange === 0) return best.score >= DECISION.clearSentenceLead * other;
  // Far ahead of any other fact, a sentence holding two of the reader's words
  // that are not everyday English may leave one word of theirs unsaid: the
  // reader's own word for what it says.
  return (
    strange === 1 &&
    new Set(subjectsHeld).size >= 2 &&
    best.score >= DECISION.clearSentenceWideLead * other
  );
}

/**
 * One of the article's sentences, or a pair made from one (what a speaker
 * said in it, what happened on a date it gives): written by the reporter,
 * not for the reader's question, and held to the same test.
 */
function showsOneSentence(context: AskContext, unit: AnswerUnit, index: number): boolean {
  if (unit.kind === 'sentence') return true;
  if (unit.kind !== 'qa' || unit.pair.generated !== true || isArticleWidePair(unit.pair)) {
    return false;
  }
  return context.shown.of(index).length === 1;
}

/**
 * The terms of the words that only say what kind of fact the question wants
 * ("city" of "which city", "long" of "how long" for a span spelled out): a sentence meeting the
 * question's need explains them, as "in 2015" explains "what year".
 */
function needTerms(
  context: AskContext,
  question: string,
  answer: string,
  terms: readonly QueryTerm[],
): Set<string> {
  const framing = needWords(question, answer);
  if (framing.length === 0) return new Set();
  // Read without them, the question loses exactly their terms, stand-ins included.
  const pattern = new RegExp(`\\b(?:${framing.join('|')})\\b`, 'gu');
  const rest = new Set(
    context.index.analyze(question.toLowerCase().replace(pattern, ' ')).map((t) => t.term),
  );
  return new Set(terms.filter((t) => !rest.has(t.term)).map((t) => t.term));
}

/**
 * Whether a text gives a place the question does not name: "where in Lyon
 * does he live" is not answered by "he moved to Lyon".
 */
function givesAnotherPlace(context: AskContext, question: string, text: string): boolean {
  const asked = new Set(words(question));
  return context.answerTypes
    .placesIn(text)
    .some((place) => !words(place).every((word) => asked.has(word)));
}

/** A word the reader typed (or mistyped) that the story itself uses, not a stand-in for one. */
function isStoryWord(context: AskContext, group: readonly QueryTerm[]): boolean {
  const [only] = group;
  return (
    group.length === 1 &&
    only !== undefined &&
    only.credit === 1 &&
    context.index.hasTerm(only.term)
  );
}

/**
 * The score of the best answer showing none of the sentences the best one
 * shows. A pair answering for the whole article (its headline, its people)
 * is no other reading of the question: it holds a little of every question.
 */
function bestOtherFact(context: AskContext, ranked: readonly RankedUnit[]): number {
  const [best, ...rest] = ranked;
  if (!best) return 0;
  const shown = new Set(context.shown.of(best.unit));
  const other = rest.find((r) => {
    const unit = context.units[r.unit];
    if (unit?.kind === 'qa' && isArticleWidePair(unit.pair)) return false;
    // A quote or a card showing part of the very sentence given says nothing besides.
    const touched = context.shown.touched(r.unit);
    if (touched.length > 0 && touched.every((s) => shown.has(s))) return false;
    return !context.shown.of(r.unit).some((s) => shown.has(s));
  });
  return other?.score ?? 0;
}
