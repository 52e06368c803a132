import { YEAR_SOURCE } from './calendar.ts';
import type { UnitFit } from './term-index.ts';
import { foldText } from './text.ts';
import { textFit } from './text-fit.ts';

/**
 * A figure the reader typed in digits, not glued to letters ("10-year", "in
 * 2022", "38.2"; not "eli5" or "1st"), thousands separators dropped. Whole,
 * or not at all: the "2" of "2.17am" or the "1" of "£1.3m" is no figure.
 */
const FIGURE = /(?<![\p{L}\d.,])\d+(?:[.,]\d+)*(?![\p{L}\d]|[.,]\d)/gu;

/**
 * The numbers reporters spell out, in order ("four hours", "eleven people"):
 * a question's "4" is an answer's "four".
 */
export const SPELLED_NUMBERS: readonly string[] = Object.freeze(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(
    ' ',
  ),
);

/**
 * Words that say a number or a share of one, as a regular expression's
 * alternatives: the spelled numbers, tens, "dozen", "hundreds", "couple",
 * "half", "twice"…
 */
export const NUMBER_WORDS = [
  ...SPELLED_NUMBERS,
  ...'thirty forty fifty sixty seventy eighty ninety dozen dozens hundred hundreds thousand thousands million millions billion billions couple handful several half third thirds quarter quarters twice double'.split(
    ' ',
  ),
].join('|');

/** Words that scale a sum of money or a count, as alternatives: "$38 million", "£2.3bn", "40k". */
export const SCALE_WORDS = 'thousand|million|billion|trillion|bn|m|k';

/**
 * The figures a text holds, as digits without separators: those written in
 * digits, and the small ones spelled out ("four hours" holds "4").
 */
export function figuresIn(text: string): ReadonlySet<string> {
  const folded = foldText(text);
  return new Set([...digitFiguresIn(folded), ...spelledFiguresIn(folded)]);
}

/** The small figures a folded text spells out, as digits: "four hours" holds "4". */
export function spelledFiguresIn(folded: string): string[] {
  return [...folded.matchAll(SPELLED_FIGURE)].map(([spelled]) =>
    String(SPELLED_NUMBERS.indexOf(spelled)),
  );
}

/** Any of the {@link SPELLED_NUMBERS} as a whole word. */
const SPELLED_FIGURE = new RegExp(`\\b(?:${SPELLED_NUMBERS.join('|')})\\b`, 'g');

function digitFiguresIn(folded: string): string[] {
  return writtenFiguresIn(folded).map((figure) => figure.replace(/,/g, ''));
}

/**
 * The figures a folded text writes in digits, as written, separators and
 * all ("21,000", "2017", "38.2"): a reader telling a count ("21,000") from
 * a year ("2017") needs to see how it was written.
 */
export function writtenFiguresIn(folded: string): string[] {
  return [...folded.matchAll(FIGURE)].map((m) => m[0]);
}

/**
 * A question that names a figure ("the 10-year bond yield", "in the 2022
 * election", "more than 4 hours") is about that figure: an answer that does
 * not hold it ("the yield on two-year bonds", the 2025 count) tells of
 * something else. Null when the question names no figure.
 *
 * @param figuresOf the figures of what a unit answers with ({@link figuresIn}),
 *   read once per unit: a question is checked against many units.
 */
export function figuresFit(
  question: string,
  figuresOf: (unit: number) => ReadonlySet<string>,
): UnitFit {
  const asked = digitFiguresIn(foldText(question));
  if (asked.length === 0) return null;
  return (unit) => {
    const held = figuresOf(unit);
    return asked.every((figure) => held.has(figure));
  };
}

/** "The 2011 strike", "the 2022 review": a thing named by the year it happened. */
const THING_OF_A_YEAR = /\bthe\s+((?:1[6-9]|20)\d\d)\s+\p{L}/u;

/**
 * A question about a thing named by its year ("how did the 2011 strike
 * end") is not answered by a text holding that year only as the point a
 * span runs from ("the first strike since 2011"): it tells of what came
 * after, not of the thing. Null when the question names no such thing.
 *
 * @param textOf what a unit answers with; null for an answer trusted to meet its questions
 */
export function yearOfThingFit(question: string, textOf: (unit: number) => string | null): UnitFit {
  const year = THING_OF_A_YEAR.exec(foldText(question))?.[1];
  if (year === undefined) return null;
  const held = new RegExp(`(?<![\\p{L}\\d])(since\\s+)?${year}(?!\\d)`, 'gu');
  return textFit(textOf, (text) => {
    const found = [...text.matchAll(held)];
    return found.length === 0 || found.some((m) => m[1] === undefined);
  });
}

/** A year as a question or a text writes it, in a longer number nowhere ("12,019"). */
const A_YEAR = new RegExp(`(?<![\\p{L}\\d.,])${YEAR_SOURCE}(?![\\p{L}\\d])`, 'gu');

/**
 * A question after the year of something ("what year will they move back",
 * "since what year", "which year was it built"): a weekday or a month alone
 * does not answer it. Not a year of study ("what year of uni is she in",
 * "what year is he in"), which "a second-year student" answers.
 */
const ASKS_FOR_YEAR = /\b(?:what|which) year\b(?! of\b)(?!.*\bin\W*$)/;

/** Whether a question asks for a year ({@link ASKS_FOR_YEAR}); its text folded. */
export function asksForYear(folded: string): boolean {
  return ASKS_FOR_YEAR.test(folded);
}

/**
 * A year said in words, relative to another: "this year", "the following
 * year", "two years ago".
 */
const YEAR_IN_WORDS =
  /\b(?:this|next|last|that|the same|the following|the previous) year\b|\byears? ago\b/i;

/** Whether a text gives a year: written ("in 2016") or in words ("last year", "two years ago"). */
export function givesYear(text: string): boolean {
  // A global pattern's `test` moves on from its last match: match afresh.
  return text.match(A_YEAR) !== null || YEAR_IN_WORDS.test(text);
}

/** The years a question names ("the 2022 fire" → 2022), as written. */
export function yearsNamedIn(question: string): string[] {
  return [...question.matchAll(A_YEAR)].map((m) => m[0]);
}

/**
 * A text with the years a question names blanked out: "how long did it take
 * to put out the 2022 fire" is not answered by "a smaller fire in August 2022",
 * whose only year is the one the reader gave, though a year can say how long
 * ("since 2019").
 */
export function withoutYearsNamed(text: string, years: readonly string[]): string {
  if (years.length === 0) return text;
  return text.replace(A_YEAR, (year) => (years.includes(year) ? ' ' : year));
}
