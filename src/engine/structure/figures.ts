/**
 * "How many…" and "how much…" pairs made from the sentences that give a
 * figure: each sentence that counts something ("The study recruited 4,216
 * pupils", "borrow 400,000 dalens", "Seventeen schools closed") is asked
 * for in readers' words, by what it counts and by what else it says, so a
 * reader's "how many schools took part" reaches the sentence that holds the
 * count as a question, not only as words somewhere in a passage.
 */
import type { QaPair, SourceBundle } from '../../knowledge/schema.ts';
import { capitalisedAlternatives, MONTH_SHORT_FORMS, MONTHS, YEAR_SOURCE } from '../calendar.ts';
import { SPELLED_NUMBERS } from '../figures.ts';
import { unitSentences } from '../sentences.ts';
import { STOPWORDS } from '../stopwords.ts';
import { gist } from './forms.ts';

/** Makes one generated pair (the generator's id-keeping maker). */
export type MakePair = (
  kind: string,
  questions: string[],
  answer: string,
  citations: QaPair['citations'],
) => QaPair;

/** One pair for each sentence that counts or prices something. */
export function figurePairs(bundle: SourceBundle, make: MakePair): QaPair[] {
  const { outlet } = bundle.source;
  return bundle.source.passages.flatMap((passage) =>
    unitSentences(passage.text).flatMap((sentence) => {
      const counts = countsIn(sentence);
      if (counts.length === 0) return [];
      const about = gist(withoutFigures(sentence), FIGURE_GIST_WORDS);
      // The first phrasing is the one offered to a reader: the longer one tells what the sentence is about.
      const questions = counts.flatMap(({ asks, counted }) => [
        `${asks} ${counted} ${about}`.replace(/\s+/g, ' ').trim(),
        `${asks} ${counted}`.trim(),
      ]);
      return [
        make(`figure-${counts[0]?.counted ?? ''}`, questions, `${outlet} reports: ${sentence}`, [
          { passage: passage.n, excerpt: sentence },
        ]),
      ];
    }),
  );
}

/** Content words of the rest of the sentence a phrasing carries: what the count is of, and where. */
const FIGURE_GIST_WORDS = 6;

/** A count in a sentence: "how many" or "how much", and the words it counts. */
interface Count {
  asks: 'how many' | 'how much';
  counted: string;
}

/**
 * What each figure of a sentence counts: the lower-case words after it, up
 * to a word that ends the noun phrase ("38 state secondary schools in the
 * north" → "state secondary schools"). A figure glued to a name ("Tern-2"),
 * a year or a clock time counts nothing a reader asks "how many" of.
 */
function countsIn(sentence: string): Count[] {
  const counts: Count[] = [];
  for (const match of sentence.matchAll(COUNT)) {
    const [, money, figure = '', scale] = match;
    const start = match.index;
    if (YEAR.test(figure) || isDay(sentence, start, start + match[0].length)) continue;
    // "Route 9", "the Aldane 40 index": a number a name carries counts nothing.
    if (NAME_BEFORE.test(sentence.slice(0, start))) continue;
    const words: string[] = [];
    for (const word of (match[4] ?? '').trim().split(/\s+/)) {
      if (word === '' || STOPWORDS.has(word) || word.length < MIN_COUNTED_LETTERS) break;
      words.push(word);
      // "38 state secondary schools", "4,216 pupils aged…": the plural names what is counted.
      if (COUNTED_PLURAL.test(word)) break;
    }
    const counted = words.join(' ');
    const priced = money !== undefined || MONEY_WORD.test(counted);
    // "4.8 percent", "a 2-1 vote": a share or a score with nothing counted after it.
    if (counted === '' && !priced && scale === undefined) continue;
    counts.push({ asks: priced || scale !== undefined ? 'how much' : 'how many', counted });
  }
  return counts.filter((count) => count.counted !== '' || count.asks === 'how much');
}

/** Spelled counts from "two" up, as they open a sentence too ("Seventeen schools"); "one" is too often no count. */
const SPELLED = SPELLED_NUMBERS.slice(2).flatMap((word) => [
  word,
  `${word.charAt(0).toUpperCase()}${word.slice(1)}`,
]);
/**
 * A figure in digits, or a small one spelled out, with any currency sign
 * before it, any scale after it, and the few lower-case words after that.
 */
const COUNT = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])([$€£])?\s?(\d[\d,.]*\d|\d|${SPELLED.join('|')})(?![\p{L}])(?:\s?(%|per cent|percent|million|billion|thousand))?((?:\s+[\p{Ll}][\p{Ll}-]*){0,3})`,
  'gu',
);
const YEAR = new RegExp(`^${YEAR_SOURCE}$`);

/** Whether a figure is the day of a date: "December 8", "8 December", "Dec. 8". */
function isDay(sentence: string, start: number, end: number): boolean {
  return (
    MONTH_BEFORE.test(sentence.slice(0, start)) || MONTH_AFTER.test(sentence.slice(start, end))
  );
}

/** A capitalised word just before, that does not open the sentence. */
const NAME_BEFORE = /\S\s+\p{Lu}[\p{L}'’-]*\s$/u;

const MONTH_NAMES = `${capitalisedAlternatives(MONTHS)}|${capitalisedAlternatives(MONTH_SHORT_FORMS)}`;
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTH_NAMES})\\.?\\s*$`);
const MONTH_AFTER = new RegExp(`^\\S+\\s+(?:${MONTH_NAMES})\\b`);
/** A plural that names the thing counted: "schools", "people", not "press". */
const COUNTED_PLURAL = /^(?:\p{L}+[^su]s|people|children|men|women|staff)$/u;
/** Fewer letters than this ("p" of "2 p.m.") is no counted word. */
const MIN_COUNTED_LETTERS = 3;
/** A currency written as a word after the figure ("400,000 dalens", "90 billion euros"). */
const MONEY_WORD = /\b(?:pounds?|dollars?|euros?|yen|francs?|pence|cents?|rupees?)\b/;

/** The sentence without its figures: what else it says. */
function withoutFigures(sentence: string): string {
  return sentence.replace(/\d[\d,.]*/g, ' ');
}
