import type { SourceBundle } from '../knowledge/schema.ts';
import { YEAR_SOURCE } from './calendar.ts';
import { asksForYear, yearsNamedIn } from './figures.ts';
import type { UnitFit } from './term-index.ts';
import { foldText, words } from './text.ts';
import { textFit } from './text-fit.ts';
import type { AnswerUnit } from './units.ts';

/**
 * A question asked in the present or the future: "where is the ship being
 * held", "how many cars are they calling back", "when will they reopen",
 * "how much is the jackpot", "how much could repairs cost this time". Its
 * verb is one of the present, "will" or a "could" or "might" of what may
 * come (a reader's "r" for "are": "how many cars r they calling back"); "has"
 * and "have" are left out, as "has the work started yet" may be answered by
 * what was done years ago.
 */
const ASKS_NOW_OR_LATER =
  /\b(?:is|are|r|isnt|arent|am|will|wont|does|do|doesnt|dont|can|cant|could|might|may|gonna|going to|this time)\b|\b(?:hes|shes|theyre|whats|wheres|whos|hows|whens)\b/;

/**
 * Words by which a question reaches into the past all the same: a past
 * verb, a time gone by, or a history asked after ("has this happened
 * before", "did they ever", "in the past").
 */
const ASKS_THE_PAST =
  /\b(?:was|were|wasnt|werent|did|didnt|had|hadnt|used to|ago|before|previous|previously|earlier|past|history|ever|again|last time|first time|back in|since|prior)\b/;

/**
 * A text that opens on a year: "In 2019, its sister ship…", "Back in 2017
 * one of its balloons…", after the label of a pair of what happened when
 * ("…reports, for in 2019: In 2019, …").
 */
const OPENS_ON_YEAR = new RegExp(
  `^(?:[^:]*\\breports(?:, for [^:]*)?:\\s*)?(?:back\\s+)?in\\s+(?:(?:early|late|mid)\\s+)?(?:\\p{L}+\\s+)?(${YEAR_SOURCE})\\b`,
  'u',
);

/**
 * A question asked in the present or the future ({@link ASKS_NOW_OR_LATER}),
 * naming no year and reaching into no past ({@link ASKS_THE_PAST}), is about
 * the story's own event, not an earlier one the article tells as background:
 * "where is the ship being held" is not answered by "In 2019, its sister
 * ship was held for three days in Cádiz", though it shares "held" and
 * "ship". A text that opens on a year before its article's is such
 * background. Null for any other question, and for one asking for a year.
 *
 * @param textOf what a unit answers with; null for an answer trusted to meet its questions
 * @param yearOf the year of the article a unit is from (its date's, or the
 *   latest it writes); null when it cannot be told
 * @param isOnlyAName whether a word is only a name: a text holding one the
 *   question names is about what is asked, whatever year it opens on ("what
 *   is greyling buses" of "In 2015, … the previous operator, Greyling Buses")
 */
export function earlierYearFit(
  question: string,
  textOf: (unit: number) => string | null,
  yearOf: (unit: number) => number | null,
  isOnlyAName: (word: string) => boolean,
): UnitFit {
  const folded = foldText(question);
  // "What year do older residents remember fires closing the road" asks for a year gone by.
  if (
    !ASKS_NOW_OR_LATER.test(folded) ||
    ASKS_THE_PAST.test(folded) ||
    // A year the question names is what it is about: "how much was the 2019 fine".
    yearsNamedIn(folded).length > 0 ||
    asksForYear(folded)
  ) {
    return null;
  }
  const names = words(folded).filter(isOnlyAName);
  let year = 0;
  const opensNoEarlier = textFit(textOf, (text) => {
    const opened = OPENS_ON_YEAR.exec(text)?.[1];
    if (opened === undefined || Number(opened) >= year) return true;
    return names.length > 0 && words(text).some((word) => names.includes(word));
  });
  return (unit) => {
    const articles = yearOf(unit);
    if (articles === null) return true;
    year = articles;
    return opensNoEarlier(unit);
  };
}

/**
 * The year an article is of: its date's, or, undated, the latest year it
 * writes. Null when it writes none.
 *
 * @param date the article's date ("2025-06-17"), if known
 * @param passages the article's paragraphs
 */
export function articleYear(date: string | null, passages: readonly string[]): number | null {
  const dated = date === null ? Number.NaN : Number(date.slice(0, 4));
  if (Number.isInteger(dated) && dated > 0) return dated;
  const years = passages.flatMap((text) => yearsNamedIn(text).map(Number));
  return years.length === 0 ? null : Math.max(...years);
}

/** The year of each source's article ({@link articleYear}), read once. */
const sourceYears = new WeakMap<SourceBundle, number | null>();

/**
 * The year of the article a unit is from ({@link articleYear}), read once
 * per source; null for an article that writes no year, and for a who's-who
 * card, which tells what someone or something is whatever year its words
 * are of ("What is Greyling Buses?").
 */
export function yearOfUnit(unit: AnswerUnit | undefined): number | null {
  if (unit === undefined || unit.kind === 'entity') return null;
  const bundle = unit.kind === 'sentence' ? unit.sentence.source : unit.source;
  let year = sourceYears.get(bundle);
  if (year === undefined) {
    year = articleYear(
      bundle.source.date,
      bundle.source.passages.map((p) => p.text),
    );
    sourceYears.set(bundle, year);
  }
  return year;
}
