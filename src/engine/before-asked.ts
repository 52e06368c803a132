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
 * "ago", "since", "formerly". The verb "to last" ("to last at least until
 * Saturday") tells of no earlier time.
 */
const TELLS_EARLIER =
  /(?<!\b(?:to|will|would|could|may|might|can|should) )\blast\b|\b(?:1[89]\d\d|20\d\d|previous|previously|earlier|before|again|second|third|first|never|ever|every|ago|since|history|past|former|formerly|once|used to)\b/;

/**
 * A yes-or-no after whether something happened before is answered only by a
 * text telling of an earlier time or occurrence.
 */
export class EarlierTimeAsked {
  /**
   * A yes-or-no, past general English's openers ("so", "hmm"), closing on
   * the earlier time it asks after: "…before?", "…ever before",
   * "…previously", "…in the past".
   */
  private readonly asks: RegExp;

  /** @param words general English's openers; absent, none is read past */
  constructor(words: Pick<LanguageFile, 'openers'> | undefined) {
    this.asks = new RegExp(
      `${pastOpeners(words, 'before')}(?:has|have|had|did|does|do|is|are|was|were)\\b.*\\b(?:before|previously|in the past)\\W*$`,
    );
  }

  /**
   * The condition such a question sets; null for any other question.
   *
   * @param textOf what a unit answers with; null for an answer trusted to meet its questions
   */
  fit(question: string, textOf: (unit: number) => string | null): UnitFit {
    if (!this.asks.test(foldText(question))) return null;
    return textFit(textOf, (text) => TELLS_EARLIER.test(text));
  }
}
