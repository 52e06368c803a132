import { SPELLED_NUMBERS } from './figures.ts';
import type { UnitFit } from './term-index.ts';
import { foldText } from './text.ts';
import { textFit } from './text-fit.ts';

/**
 * "What did they raise the rate to", "what was the limit cut to", "how high
 * did the river rise to": a question after the level something was moved
 * to, told by the "to" it ends on.
 */
const ASKS_FOR_LEVEL =
  /\b(?:what|how (?:high|low|much|far))\b(?:\W+\w+){0,8}?\W+(?:rais(?:e|ed|es|ing)|increas(?:e|ed|es|ing)|hik(?:e|ed|es|ing)|cut|cuts|cutting|lower(?:ed|s|ing)?|reduc(?:e|ed|es|ing)|lift(?:ed|s|ing)?|push(?:ed|es|ing)?|bump(?:ed|s|ing)?|set|sets|chang(?:e|ed|es|ing)|mov(?:e|ed|es|ing)|go|goes|gone|went|ris(?:e|en|es|ing)|rose|f[ae]ll(?:s|en|ing)?|drop(?:ped|s|ping)?|climb(?:ed|s|ing)?|jump(?:ed|s|ing)?)\b(?:\W+\w+){0,4}?\W+to\W*$/;

/**
 * Words by which a text gives a level reached: "to 5.75 percent", "to
 * about £3" (folded "to about pound £3"), "to a record 40 feet", "to 5.75%".
 */
const GIVES_LEVEL =
  /\bto\s+(?:(?:about|around|roughly|nearly|almost|just|over|under|above|below|a|an|the|record|new|high|low|of|\p{L}+\s*\p{Sc})\s*){0,3}\p{Sc}?\d/u;

/**
 * "What school does Lina go to", "what ground are they moving to", "how far
 * away is the ground they'd be moving to": going or moving to a place, not a
 * level. A "what" naming a kind of thing other than a measure asks which one
 * ("what did the charge go to", "what level did it go to" still ask a
 * level), and "how far away" asks a distance; only verbs of going and
 * moving take a place as readily as a level ("raised", "cut" or "rose" to
 * move an amount alone).
 */
const ASKS_WHERE_TO = new RegExp(
  String.raw`\bhow far away\b|\bwhat (?!(?:${[
    'did|does|do|is|was|were|are|has|have|had|will|would|could|can|should|might|s|it|they|the|its|their|his|her|this|that',
    'level|levels|rate|rates|price|prices|figure|number|amount|total|limit|cap|percentage|share|point|points|mark|height|value|fee|fare|cost|sum|target|score',
  ].join(
    '|',
  )})\b)\p{L}+\b(?:\W+\w+){0,4}?\W+(?:go|goes|gone|went|going|mov(?:e|ed|es|ing))\W+to\W*$`,
  'u',
);

/** "By how much did they raise it", "by how many votes did she win": the size of a change. */
const ASKS_FOR_CHANGE = /\bby how (?:much|many|far)\b/;

/**
 * Words by which a text gives the size of a change: "by a quarter of a
 * percentage point", "by just 412 votes", "by roughly 38 dalens", "by half".
 */
export const GIVES_CHANGE = new RegExp(
  String.raw`\bby\s+(?:(?:about|around|roughly|nearly|almost|just|only|over|under|more than|less than|some|a|an|the|\p{L}+\s*\p{Sc})\s*){0,3}(?:\p{Sc}?\d|half|quarter|third|fifth|tenth|few|couple|${SPELLED_NUMBERS.join('|')})`,
  'u',
);

/**
 * A question after the level something was moved to ("what did they raise
 * the rate to") is not answered by a sentence that says it was moved
 * without saying to what ("the bank raised rates eight times"), nor one
 * after the size of a change ("by how much did they raise it") by a
 * sentence that does not say by how much: the level or the size is what is
 * asked. Null when the question asks for neither.
 *
 * @param textOf what a unit answers with; null for an answer trusted to meet its questions
 */
export function levelFit(question: string, textOf: (unit: number) => string | null): UnitFit {
  const folded = foldText(question);
  const pattern = ASKS_FOR_CHANGE.test(folded)
    ? GIVES_CHANGE
    : ASKS_FOR_LEVEL.test(folded) && !ASKS_WHERE_TO.test(folded)
      ? GIVES_LEVEL
      : null;
  if (pattern === null) return null;
  return textFit(textOf, (text) => pattern.test(text));
}
