/**
 * "Has Brackenford had measles before": the sentence holding the reader's
 * words ("Brackenford has faced measles before.", "It is not the first time
 * the chain has faced…", "The area has a history of serious fires.") often
 * only announces that there was an earlier one, and the next sentence of its
 * paragraph tells it ("In 2013, an outbreak…"). A question after an earlier
 * time is answered by that next sentence, in the announcing one's place.
 */

import { YEAR_SOURCE } from './calendar.ts';
import type { RankedUnit } from './term-index.ts';
import { foldText } from './text.ts';
import { type AnswerUnit, nextSentenceInParagraph } from './units.ts';

/**
 * A question after an earlier time or an earlier one of a kind: "…before",
 * "the earlier recall", "the last time", "previously", "in the past", "ever".
 */
const ASKS_EARLIER =
  /\b(?:before|earlier|previous|previously|prior|in the past|ever|history)\b|\blast (?:time|one)\b/;

/**
 * A sentence announcing an earlier one: "not the first", "the second", "has
 * faced … before", "a history of", "…in more than two years".
 */
const ANNOUNCES_EARLIER =
  /\b(?:not the (?:\w+ )?first\b|(?:second|third|fourth|latest)\b|before\W*$|history of\b|in (?:more than |over |the past )?(?:two|three|four|five|six|seven|eight|nine|ten|\d+) years\b)/;

/** A year: the earlier time told. */
const YEAR = new RegExp(`\\b${YEAR_SOURCE}\\b`);

/**
 * The ranking with the sentence telling the earlier time first, in the place
 * of the best sentence when that one only announces it: a question after an
 * earlier time, its best unit a sentence naming no year that announces an
 * earlier one, the next sentence of the same paragraph naming a year. The
 * ranking as it was otherwise.
 */
export function earlierToldNext(
  question: string,
  ranked: readonly RankedUnit[],
  units: readonly AnswerUnit[],
): readonly RankedUnit[] {
  const first = ranked[0];
  if (first === undefined || !ASKS_EARLIER.test(foldText(question))) return ranked;
  const best = units[first.unit];
  if (best?.kind !== 'sentence') return ranked;
  const announcing = foldText(best.sentence.text);
  if (YEAR.test(announcing) || !ANNOUNCES_EARLIER.test(announcing)) return ranked;
  const at = first.unit + 1;
  const next = nextSentenceInParagraph(units, first.unit);
  if (next === undefined || !YEAR.test(next.sentence.text)) return ranked;
  return [{ unit: at, score: first.score }, ...ranked.filter((r) => r.unit !== at)];
}
