/**
 * The text of a unit each condition of a question reads: its own words, the
 * article's words behind it, the text a cause is told in, a curated pair's
 * answer held to a "who", split once where many questions ask.
 */
import { answerTextOf } from './answer-text.ts';
import type { AskContext } from './ask-context.ts';
import { citesOnlyToGround, isArticleWidePair, isListPair } from './structure/generate.ts';
import { isGap } from './suggestions.ts';
import { words } from './text.ts';
import type { AnswerUnit } from './units.ts';

/**
 * What a unit answers with, for a condition that holds the article's own
 * words to the question; null for a curated pair, written for its questions
 * and trusted to meet them, and for a gap, which says what is left open.
 */
export function ownTextOf(context: AskContext, unit: number): string | null {
  const found = context.units[unit];
  if (!found || isGap(found) || (found.kind === 'qa' && !found.pair.generated)) return null;
  return answerTextOf(found);
}

/**
 * The article's own words a unit answers with, held to what a question asks
 * of them: a sentence, or a pair made from the article's structure (a list
 * of names aside, which is the kind of fact it lists). Null for a curated
 * pair, a gap, or a who's-who card, made for the one it names.
 */
export function articleTextFor(context: AskContext, unit: number): string | null {
  const found = context.units[unit];
  if (found?.kind === 'entity') return null;
  if (found?.kind === 'qa' && isListPair(found.pair)) return null;
  return ownTextOf(context, unit);
}

/**
 * The text a unit tells a cause in, as {@link articleTextFor}, save a pair
 * that cites the article only to ground its answer ("The Courier published
 * the article on…", then the lead): the lead's cause is not its answer's.
 */
export function causeTextFor(context: AskContext, unit: number): string | null {
  const found = context.units[unit];
  if (found?.kind === 'qa' && citesOnlyToGround(found.pair)) return null;
  return articleTextFor(context, unit);
}

/**
 * A curated pair's answer, held to giving someone a "who" does not name,
 * when none of its own questions asks who: "does the mayor want the
 * library closed" does not answer "who wants the library closed, according
 * to the mayor".
 * Null for a pair written for a "who", a gap or a list, trusted to meet it.
 */
export function curatedTextForWho(context: AskContext, unit: number): string | null {
  const found = context.units[unit];
  if (found?.kind !== 'qa' || found.pair.generated || isGap(found) || isListPair(found.pair)) {
    return null;
  }
  return context.asksWho(unit) ? null : answerTextOf(found);
}

/**
 * The article's own words a unit answers with, where they tell the fact
 * itself: a sentence, or the sentence a pair made from a dated event cites.
 * Null for curated pairs, quotes and cards, written or made for their own questions.
 */
export function articleWordsOf(unit: AnswerUnit | undefined): readonly string[] | null {
  if (unit === undefined) return null;
  // The same few leading units come up question after question: split once.
  let read = articleWordsRead.get(unit);
  if (read === undefined) {
    const text = articleTextOf(unit);
    read = text === null ? null : words(text);
    articleWordsRead.set(unit, read);
  }
  return read;
}

/** Each unit's article words, once split; keyed by the unit, so it lives as long as its engine. */
const articleWordsRead = new WeakMap<AnswerUnit, readonly string[] | null>();

/** The text {@link articleWordsOf} splits. */
function articleTextOf(unit: AnswerUnit): string | null {
  if (unit.kind === 'sentence') return unit.sentence.text;
  if (unit.kind !== 'qa' || !unit.pair.generated || unit.pair.quote !== undefined) return null;
  if (isArticleWidePair(unit.pair)) return null;
  const excerpts = unit.pair.citations.flatMap((c) => (c.excerpt ? [c.excerpt] : []));
  return excerpts.length > 0 ? excerpts.join(' ') : null;
}
