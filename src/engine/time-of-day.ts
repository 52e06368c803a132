import { WEEKDAYS } from './calendar.ts';
import { CLOCK_TIME } from './intent.ts';
import type { UnitFit } from './term-index.ts';
import { foldText } from './text.ts';

/**
 * "What time did it take off", "at what time was the result declared": a
 * time of day, which a year or a month ("eight times between 2022 and
 * mid-2024") does not give. Not "what time of year", nor "what time frame".
 */
const ASKS_TIME_OF_DAY =
  /\bwhat time(?!\s+(?:of\s+(?:the\s+)?year|frame|period|span|scale|limit|line|zone)\b)\b|\bwhat hour\b/;

/** "What day of the week was the launch": a weekday, not a date in the month. */
const ASKS_WEEKDAY = /\b(?:what|which) (?:day of the week|weekday)\b/;

/** A time of day in a text, on the clock or in words ("late on Tuesday" aside: that is a day). */
const HAS_TIME_OF_DAY = new RegExp(
  `${CLOCK_TIME}|\\b\\d{1,2}[.:]\\d\\d\\b|\\b(?:morning|afternoon|evening|night|overnight|midnight|noon|midday|dawn|daybreak|dusk|sunrise|sunset|lunchtime|teatime|o ?clock|early hours|hours of)\\b`,
);

const HAS_WEEKDAY = new RegExp(`\\b(?:${WEEKDAYS.join('|')})\\b`);

/**
 * A question after the time of day or the day of the week wants an answer
 * that gives it: "what time did it take off" is not answered by "the fourth
 * launch of the year", which gives a date of the kind a "when" takes. Null
 * when the question asks for neither.
 *
 * @param textOf what a unit answers with; null for an answer trusted to meet
 *   its questions (a curated pair, written for them)
 */
export function timeOfDayFit(question: string, textOf: (unit: number) => string | null): UnitFit {
  const folded = foldText(question);
  const wanted = ASKS_WEEKDAY.test(folded)
    ? HAS_WEEKDAY
    : ASKS_TIME_OF_DAY.test(folded)
      ? HAS_TIME_OF_DAY
      : null;
  if (wanted === null) return null;
  return (unit) => {
    const text = textOf(unit);
    return text === null || wanted.test(foldText(text));
  };
}
