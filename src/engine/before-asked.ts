/**
 * "Have the drivers gone on strike before?", "has this happened at Hollins
 * Cross before": a yes-or-no after whether something happened at an earlier
 * time is answered by a text telling of one ("last struck in the spring of
 * 2022", "the second significant incident in three years", "cup winners in
 * 2019"), not by the lead telling only of the present one.
 */

import type { LanguageFile } from '../knowledge/general-schema.ts';
import { pastOpeners } from './openers.ts';
import type { UnitFit } from './term-index.ts';
import { foldText } from './text.ts';
import { textFit } from './text-fit.ts';

/**
 * Words by which a text tells of an earlier time or another occurrence: a
 * year, "last", "previous", "earlier", "again", "second", "never", "every",
 * "ago", "since", "formerly", "predecessor", "replaced", a time told after
 * an earlier one ("the following year", "two years later"). The verb "to last"
 * ("to last at least until Saturday") tells of no earlier time, nor does
 * "ever" after a superlative ("the largest ever imposed"), which ranks the
 * present one above all others without telling of any of them.
 */
const TELLS_EARLIER =
  /(?<!\b(?:to|will|would|could|may|might|can|should) )\blast\b|(?<!\b\w+est )\bever\b|\b(?:1[89]\d\d|20\d\d|previous|previously|earlier|before|again|second|third|first|never|every|ago|since|history|past|former|formerly|once|used to|predecessors?|succeeded|replaced|replacing)\b|\bthe following (?:day|week|month|year)\b|\b(?:days?|weeks?|months?|years?) later\b/;

/**
 * A question after an earlier one of a kind than the one the article tells
 * of: "what was the previous record fine", "who was the former manager",
 * "who was ceo before tolley" (before one person, or "him", "her"), "what
 * was the fine before that". Not "before" an event ("what happened before
 * the vote"), which asks what came first, not an earlier holder.
 */
const ASKS_EARLIER_ONE =
  /\b(?:previous|former|prior|predecessors?)\b|^\W*who\b.*\bbefore \w+\W*$|\bbefore (?:that|then)\W*$/;

/**
 * A question after an earlier time or holder is answered only by a text
 * telling of one.
 */
export class EarlierTimeAsked {
  /**
   * A yes-or-no, past general English's openers ("so", "hmm"), closing on
   * the earlier time it asks after: "…before?", "…ever before",
   * "…previously", "…in the past", "…before this case", "…before now".
   */
  private readonly asks: RegExp;

  /** @param words general English's openers; absent, none is read past */
  constructor(words: Pick<LanguageFile, 'openers'> | undefined) {
    this.asks = new RegExp(
      `${pastOpeners(words, 'before')}(?:has|have|had|did|does|do|is|are|was|were)\\b.*\\b(?:before|previously|in the past)(?: (?:this|that|now)(?: \\w+)?)?\\W*$`,
    );
  }

  /**
   * The condition such a question sets; null for any other question.
   *
   * @param textOf what a unit answers with; null for an answer trusted to meet its questions
   */
  fit(question: string, textOf: (unit: number) => string | null): UnitFit {
    const folded = foldText(question);
    if (!this.asks.test(folded) && !ASKS_EARLIER_ONE.test(folded)) return null;
    return textFit(textOf, (text) => TELLS_EARLIER.test(text));
  }
}
