import { regularSingular } from './counted.ts';
import { figuresOfThings } from './figures-of-things.ts';
import type { AnswerNeed } from './intent.ts';
import type { UnitFit } from './term-index.ts';
import { foldText, withPossessives, words } from './text.ts';

/**
 * Words for what a sum of money is, each line one measure in its several
 * words: a reader asking a firm's profit is not told its revenue, though
 * "turnover" is told by "revenue".
 */
const MEASURES: readonly string[] = [
  'profit earning',
  'revenue turnover sale income',
  'loss',
  'cost price fare fee charge bill',
  'salary wage',
  'budget spending funding fund grant',
  'fine penalty',
  'value worth valuation',
  'debt deficit',
  'surplus',
  'cap limit',
  'compensation damage payout refund',
  'bail',
  'reward bonus',
  'donation',
  'rent',
  'tax levy',
  'dividend',
];

/** Each word of {@link MEASURES}, and the measure it names. */
const MEASURE_OF: ReadonlyMap<string, number> = new Map(
  MEASURES.flatMap((line, measure) => line.split(' ').map((word) => [word, measure] as const)),
);

/** The measure of money a folded word names, plural or not ("profits"); undefined for none. */
function measureOf(word: string): number | undefined {
  return MEASURE_OF.get(word) ?? MEASURE_OF.get(regularSingular(word) ?? word);
}

/**
 * "How much was the fine", "what was their profit": a sum asked outright,
 * not what became of one ("what happened to the share price").
 */
const ASKS_A_SUM = /\bhow much\b|\bwhat(?:s| is| was| are| were| will be)\b/;
/** "What's", as typed, before folding reads it as "what". */
const WHATS = /\bwhat's\b/;

/**
 * A question after a sum named by its measure ("what was the firm's
 * profit") is not answered by a text that never says that measure and
 * whose every sum is another's ("revenue of £6.8 billion"): it tells a
 * figure of something else. A sum the text does not say the measure of may
 * be the one asked, and holds. Null for a question after no sum, or naming
 * no measure.
 *
 * @param need the kind of fact the question asks for
 * @param termsOfWord the terms the index reads in one word
 * @param textOf what a unit answers with; null for an answer trusted to meet its questions
 * @param termsOfAnswer the terms of what a unit answers with
 */
export function sumOwnerFit(
  question: string,
  need: AnswerNeed | null,
  termsOfWord: (word: string) => readonly string[],
  textOf: (unit: number) => string | null,
  termsOfAnswer: (unit: number) => ReadonlySet<string>,
): UnitFit {
  const folded = foldText(question);
  // Folding drops the "'s" of "what's", which asks outright as "what is" does.
  const asksASum = ASKS_A_SUM.test(folded) || WHATS.test(withPossessives(question));
  if (need !== 'money' || !asksASum) return null;
  const asked = new Set(words(folded).flatMap((word) => measureOf(word) ?? []));
  if (asked.size === 0) return null;
  // Every word of the measures asked, as the index reads them.
  const askedTerms = MEASURES.flatMap((line, measure) =>
    asked.has(measure) ? line.split(' ').flatMap(termsOfWord) : [],
  );
  return (unit) => {
    const text = textOf(unit);
    if (text === null) return true;
    const own = termsOfAnswer(unit);
    if (askedTerms.some((term) => own.has(term))) return true;
    const { sums } = figuresOfThings(foldText(text));
    return (
      sums.length === 0 ||
      !sums.every((around) => around.some((word) => measureOf(word) !== undefined))
    );
  };
}
