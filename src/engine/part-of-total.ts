import { BoundedMemo } from './bounded-memo.ts';
import { spelledFiguresIn, writtenFiguresIn } from './figures.ts';
import type { UnitFit } from './term-index.ts';
import { foldText } from './text.ts';
import { textFit } from './text-fit.ts';

/**
 * "How many of the 340 decisions involved…", "how much of the £48m plan
 * was…": a question after a part of a total it states itself. Its group
 * holds the total as typed, its second the word after it, the thing counted.
 */
const ASKS_PART_OF_TOTAL =
  /\bhow (?:many|much)\b.*?\b(?:of|out of) (?:(?:all )?(?:the|those|these|its|their|his|her|our) )?(?:about |around |roughly |some |nearly |almost )?[£$€]?(\d+(?:[.,]\d+)*)(?![\p{L}\d])(?:\s+(\p{L}+))?/u;

/**
 * A share of some named whole ("40% of its middle-grade doctor shifts"):
 * its first group is the figure, its second the words naming the whole.
 */
const SHARE_OF =
  /(?<![\p{L}\d.,])(\d+(?:[.,]\d+)*)\s*(?:%|percent|per cent)\s+of\s+((?:[\p{L}'-]+\s+){0,4}[\p{L}'-]+)/gu;

/** A year as reporters write it ("between 2017 and 2022"): a date, never a part counted. */
const WRITTEN_YEAR = /^(?:1[6-9]|20)\d\d$/;

/**
 * A question after a part of a total it states ("how many of the 21,000
 * patients a year are heart cases") is not answered by a text whose only
 * figure is that total ("sees about 21,000 patients a year"): the reader
 * already has it, and asks for the part the article does not give. A text
 * holding any other figure — a count, a share, a sum, a small number
 * spelled out — may tell the part, and is kept; a year is a date, not a
 * part, and so is a share of some other whole ("40% of its doctor
 * shifts", when patients are counted). Null for any other question.
 *
 * @param textOf what a unit answers with; null for an answer trusted to meet its questions
 */
export function partOfTotalFit(question: string, textOf: (unit: number) => string | null): UnitFit {
  const folded = foldText(question);
  const asked = ASKS_PART_OF_TOTAL.exec(folded);
  const total = asked?.[1];
  if (total === undefined) return null;
  const stated = total.replace(/,/g, '');
  // "patients" is held by "patient", "decisions" by "decision".
  const counted = asked?.[2]?.replace(/s$/, '');
  return textFit(textOf, (text) => {
    const ofOthers = counted === undefined ? new Set<string>() : sharesOfOtherWholes(text, counted);
    return otherFigures.get(text).some((figure) => figure !== stated && !ofOthers.has(figure));
  });
}

/** The figures a folded text gives as shares of a whole not named by `counted`. */
function sharesOfOtherWholes(folded: string, counted: string): Set<string> {
  const figures = new Set<string>();
  for (const [, figure, whole] of folded.matchAll(SHARE_OF)) {
    if (figure !== undefined && whole !== undefined && !whole.includes(counted)) {
      figures.add(figure.replace(/,/g, ''));
    }
  }
  return figures;
}

/** The figures a folded text holds that may count a part: digits besides years, and small ones spelled out. */
const otherFigures = new BoundedMemo(8192, (folded: string): string[] => [
  ...writtenFiguresIn(folded)
    .filter((figure) => !WRITTEN_YEAR.test(figure))
    .map((figure) => figure.replace(/,/g, '')),
  ...spelledFiguresIn(folded),
]);
