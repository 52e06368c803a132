import type { UnitFit } from './term-index.ts';
import { foldText } from './text.ts';

/**
 * A figure the reader typed in digits, not glued to letters ("10-year", "in
 * 2022", "38.2"; not "eli5" or "1st"), thousands separators dropped.
 */
const FIGURE = /(?<![\p{L}\d.,])\d+(?:[.,]\d+)*(?![\p{L}\d])/gu;

/** Small numbers as reporters spell them out: "more than 4 hours" is "more than four hours". */
const SPELLED: readonly string[] =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(
    ' ',
  );

/** The figures of a text, as digits without separators. */
function figuresIn(text: string): string[] {
  return [...foldText(text).matchAll(FIGURE)].map((m) => m[0].replace(/,/g, ''));
}

/** Whether a text holds a figure, in digits or, for a small one, in words. */
function holdsFigure(text: string, figure: string, figures: ReadonlySet<string>): boolean {
  if (figures.has(figure)) return true;
  const spelled = SPELLED[Number(figure)];
  return spelled !== undefined && new RegExp(`\\b${spelled}\\b`).test(foldText(text));
}

/**
 * A question that names a figure ("the 10-year bond yield", "in the 2022
 * election", "more than 4 hours") is about that figure: an answer that does
 * not hold it ("the yield on two-year bonds", the 2025 count) tells of
 * something else. Null when the question names no figure.
 *
 * @param textOf what a unit answers with, as written
 */
export function figuresFit(question: string, textOf: (unit: number) => string): UnitFit {
  const asked = figuresIn(question);
  if (asked.length === 0) return null;
  return (unit) => {
    const text = textOf(unit);
    const held = new Set(figuresIn(text));
    return asked.every((figure) => holdsFigure(text, figure, held));
  };
}
