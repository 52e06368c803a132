import { MONTHS } from './calendar.ts';
import type { UnitFit } from './term-index.ts';
import { foldText } from './text.ts';
import { textFit } from './text-fit.ts';

/** The months a question is read for: not "may" or "march", which are as often a verb. */
const READ_MONTHS = MONTHS.filter((m) => m !== 'may' && m !== 'march');

/**
 * A month the reader names as when a thing happens ("in april", "sales in
 * feb"), whole or by its first three letters ("sept" too). Not "may" or
 * "march", which are as often a verb, nor a month a span or a sequel runs
 * from or to ("after december", "before june"), which sets the time of what is
 * asked without being said beside it.
 */
const MONTH_NAMED = new RegExp(
  `(?<!\\b(?:after|before|since|until|till|by|from|to|prior to)\\s+)\\b(${READ_MONTHS.map(
    (m) => `${m.slice(0, 3)}(?:${m.slice(3)}|${m === 'september' ? 't' : ''})?`,
  ).join('|')})\\b`,
  'g',
);

/**
 * The first three letters of a month {@link MONTH_NAMED} reads: most
 * questions hold none, and this plain scan tells so more cheaply than its
 * look-behind tried at every position of a long question.
 */
const MONTH_LETTERS = new RegExp(`\\b(?:${READ_MONTHS.map((m) => m.slice(0, 3)).join('|')})`);

/**
 * A question naming a month ("will they start selling the bonds in april")
 * is about that time: an answer that never names it ("had not yet decided
 * whether to begin selling the bonds") tells of another, or of none, as one
 * without a figure the question names does (`figures.ts`). Null when the
 * question names no month.
 *
 * @param textOf what a unit answers with; null for an answer trusted to meet its questions
 */
export function monthNamedFit(question: string, textOf: (unit: number) => string | null): UnitFit {
  const folded = foldText(question);
  if (!MONTH_LETTERS.test(folded)) return null;
  const named = [...folded.matchAll(MONTH_NAMED)].map((m) => (m[1] ?? '').slice(0, 3));
  if (named.length === 0) return null;
  const holds = named.map((month) => new RegExp(`\\b${month}`));
  return textFit(textOf, (text) => holds.every((pattern) => pattern.test(text)));
}
