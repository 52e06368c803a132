import type { UnitFit } from './term-index.ts';
import { foldText } from './text.ts';
import { textFit } from './text-fit.ts';

/**
 * "How long has Oduya been chief executive", "how long have they worked
 * there": a span reaching the present from when it began.
 */
const ASKS_SPAN_SO_FAR =
  /\bhow long (?:has|have|had|hes|shes|theyve|ive) (?:\S+ ){0,4}?(?:been|worked|served|run|lived|led|held|owned)\b/;

/** A span bounded by a time still to come ("until every aircraft has been inspected"). */
const BOUND_TO_COME = /\b(?:until|till)\b/g;

/**
 * A question after how long something has lasted so far is not answered by
 * a sentence whose only span runs until a time still to come ("Until every
 * one of those aircraft has been inspected…"): that says how long something
 * will last, not how long it has. Null for any other question.
 *
 * @param textOf what a unit answers with; null for an answer trusted to meet its questions
 * @param givesSpan whether a text gives a span of time (`AnswerTypes.canAnswer('duration', …)`)
 */
export function spanSoFarFit(
  question: string,
  textOf: (unit: number) => string | null,
  givesSpan: (text: string) => boolean,
): UnitFit {
  if (!ASKS_SPAN_SO_FAR.test(foldText(question))) return null;
  return textFit(textOf, (text) => givesSpan(text.replace(BOUND_TO_COME, ' ')));
}
