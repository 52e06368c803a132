import { answerTextOf } from './answer-text.ts';
import type { AskContext } from './ask-context.ts';
import { MONTHS, YEAR_SOURCE } from './calendar.ts';
import type { DecisionFeatures } from './decision-features.ts';
import { clearBestSentence, isTypedWord, typedTermsAsked } from './decision-features.ts';
import { NUMBER_WORDS } from './figures.ts';
import type { QueryTerm } from './query-terms.ts';
import { isArticleWidePair } from './structure/generate.ts';
import type { RankedUnit } from './term-index.ts';
import { foldText, words } from './text.ts';
import { DECISION } from './tuning.ts';

/**
 * "How long has Haynes lived in her house", "how long had Labour run the
 * mayoralty": how long something has gone on up to a time, asked in the
 * perfect. Not "how long has it been since…", whose "it" names nothing.
 */
const ASKS_IN_THE_PERFECT =
  /\bhow long (?:has|have|had|hes|shes|theyve|ive|weve|youve) (?!it been since\b)/;

/**
 * The auxiliary of the perfect: "has lived", "had held", "have worked", and
 * the "'ve" a speaker contracts it to ("I've been collecting on this coast
 * for thirty years"), which the words of a text read apart from its "I".
 */
const PERFECT_AUXILIARY = /^(?:has|have|had|ve)$/;

/**
 * A number of units of time, counted: "for 22 years", "for more than a
 * decade", "for thirty years" (a number in words, tens and "dozens" too).
 */
const COUNTED = new RegExp(`^(?:\\d+|${NUMBER_WORDS}|a|an|several|many)$`);
const SPAN_UNIT = /^(?:years?|months?|weeks?|days?|hours?|decades?)$/;
/** When a span began: "since 1983", "since March", "since the spring of 2023". */
const SPAN_START = new RegExp(`^(?:${YEAR_SOURCE}|${MONTHS.join('|')})$`);

/** A word placing a start within a year or month: "since early 2020". */
const EDGE_OF_TIME = /^(?:early|late|mid|last)$/;

/** How many words after its auxiliary the perfect's span may stand: "has run Garve Stores on the island's harbour front for 22 years". */
const SPAN_WORDS_AFTER = 10;
/** How many words before its auxiliary the one it tells of may stand: "Marguerite Haynes, 71, who has lived". */
const SUBJECT_WORDS_BEFORE = 4;

/**
 * How many words further back a "who has…" may reach for the one it tells
 * of, across the description set beside their name: in "Tom Brierley, 67, a
 * retired bus driver who has lived on Fenwick Road for 31 years" the "who"
 * is the driver, and the driver is Brierley.
 */
const DESCRIPTION_WORDS = 4;

/**
 * Whether a question asks, in the perfect, how long something has gone on
 * ("how long has Morag had the shop"), read once per question.
 */
export function asksSpanInThePerfect(question: string): boolean {
  return ASKS_IN_THE_PERFECT.test(foldText(question));
}

/** The one a "how long has…" asks about: up to two words after its auxiliary, "the" aside. */
const SUBJECT_OF_THE_PERFECT =
  /\bhow long (?:has|have|had) (?:the )?([\p{L}'’-]+)(?: ([\p{L}'’-]+))?/u;

/**
 * The words a "how long has…" names its subject by ("how long has simon
 * keddle worked there": "simon", "keddle"); none for any other question.
 */
export function subjectOfThePerfect(question: string): string[] {
  const folded = foldText(question);
  if (!ASKS_IN_THE_PERFECT.test(folded)) return [];
  const found = SUBJECT_OF_THE_PERFECT.exec(folded);
  return [found?.[1], found?.[2]].flatMap((word) =>
    word === undefined ? [] : [word.replace(/['’]s$/, '')],
  );
}

/**
 * Where a text tells, in the perfect, how long someone has done something:
 * the word index of each auxiliary whose clause gives a span counted ("has
 * worked at the company for 11 years") or begun ("who has lived on Water
 * Street since 1983", "which had held the mayoralty since 2012"). A span
 * in the perfect runs up to the time it is told of, which is what a "how
 * long has…" asks; a span elsewhere in the sentence may be any other thing's.
 */
export function perfectSpansIn(textWords: readonly string[]): number[] {
  return perfectClausesIn(textWords).map(({ at }) => at);
}

/**
 * A clause in the perfect giving its own span: the word index of its
 * auxiliary, and of the word opening its span ("since", "for", "spent").
 */
interface PerfectClause {
  at: number;
  span: number;
}

/** {@link perfectSpansIn}, with where each clause's span opens. */
function perfectClausesIn(textWords: readonly string[]): PerfectClause[] {
  const found: PerfectClause[] = [];
  textWords.forEach((word, at) => {
    if (!PERFECT_AUXILIARY.test(word)) return;
    for (let next = at + 1; next <= at + SPAN_WORDS_AFTER && next < textWords.length; next++) {
      const here = textWords[next];
      // Another auxiliary or clause begins: the span, if any, is its own.
      if (here === undefined || (next > at + 1 && PERFECT_AUXILIARY.test(here))) break;
      if (
        (here === 'since' && startsSpan(textWords, next + 1)) ||
        (here === 'for' && countsSpan(textWords, next + 1)) ||
        // "I have spent 30 years in this field": the span spent is how long.
        (here === 'spent' && countsSpan(textWords, next + 1))
      ) {
        found.push({ at, span: next });
        break;
      }
    }
  });
  return found;
}

/**
 * "since 1983", "since March", "since early 2020", "since the autumn of
 * 2023": a time, not an event ("had made significant movement since talks
 * began in April" tells what was done since, not how long).
 */
function startsSpan(textWords: readonly string[], from: number): boolean {
  const [first = '', second = '', third = '', fourth = ''] = textWords.slice(from, from + 4);
  if (SPAN_START.test(first)) return true;
  if (EDGE_OF_TIME.test(first)) return SPAN_START.test(second);
  return first === 'the' && third === 'of' && SPAN_START.test(fourth);
}

/** "for 22 years", "for more than a decade", "for several months". */
function countsSpan(textWords: readonly string[], from: number): boolean {
  const near = textWords.slice(from, from + 4);
  const unit = near.findIndex((word) => SPAN_UNIT.test(word));
  return unit > 0 && near.slice(0, unit).some((word) => COUNTED.test(word));
}

/**
 * Whether the best unit is given below the answer threshold because it is
 * one of the article's sentences telling, in the perfect, how long the one
 * a "how long has…" asks about has done something: "how long has Haynes
 * lived in her house" of "Marguerite Haynes, 71, who has lived on Water
 * Street since 1983". The one asked about, a word the reader typed, stands
 * just before the perfect (`SUBJECT_WORDS_BEFORE` words: its subject), and
 * the span is the perfect's own, so neither the span of another clause nor
 * another person's is taken for it. The sentence must meet every condition
 * of the question, leave at most `DECISION.perfectSpanMostUnexplained` of
 * the reader's words unexplained (the reader's "house" for the article's
 * street), and score at least `DECISION.kindAloneFloor`.
 */
export function givesSpanInThePerfect(
  context: AskContext,
  question: string,
  ranked: readonly RankedUnit[],
  terms: readonly QueryTerm[],
  f: DecisionFeatures,
): boolean {
  if (f.need !== 'duration' || !asksSpanInThePerfect(question)) return false;
  const text =
    clearBestSentence(
      context,
      ranked,
      f,
      DECISION.kindAloneFloor,
      DECISION.perfectSpanMostUnexplained,
    ) ?? speakersPairText(context, ranked, f);
  if (text === null) return false;
  const textWords = words(text);
  const clauses = perfectClausesIn(textWords);
  if (clauses.length === 0) return false;
  const typed = typedTermsAsked(context, question, text, terms);
  const isTyped = (word: string) => isTypedWord(context, typed, word);
  // The one asked about is the sentence's own, or a pronoun any may stand for.
  const subject = subjectOfThePerfect(question);
  const textTerms = new Set(textWords.flatMap((word) => context.termsOfWord(word)));
  const subjectHeld = subject.every(
    (word) =>
      PRONOUNS.has(word) ||
      context.isFiller(word) ||
      context.termsOfWord(word).some((term) => textTerms.has(term)),
  );
  return clauses.some(({ at, span }) => {
    const reach = SUBJECT_WORDS_BEFORE + (textWords[at - 1] === 'who' ? DESCRIPTION_WORDS : 0);
    return (
      textWords.slice(Math.max(0, at - reach), at).some(isTyped) ||
      // "How long has she lived there" of "…who has lived on Station Road
      // since 1986": the reader's word told in the perfect's own clause.
      (subjectHeld && textWords.slice(at + 1, span).some(isTyped))
    );
  });
}

/**
 * The text of the best unit when it is a pair made from one speaker's
 * remark that shows more than one sentence (the sentence introducing them
 * and their quote: "Tom Ashworth, who has driven out of the Brenley depot
 * for 23 years, said: …"), held to what {@link clearBestSentence} holds a
 * sentence to; null for any other unit. The span is read from the
 * perfect's own clause and tied to the one asked about there, so the other
 * sentences the pair shows lend it nothing.
 */
function speakersPairText(
  context: AskContext,
  ranked: readonly RankedUnit[],
  f: DecisionFeatures,
): string | null {
  const best = ranked[0];
  const unit = best === undefined ? undefined : context.units[best.unit];
  if (
    unit?.kind !== 'qa' ||
    unit.pair.generated !== true ||
    isArticleWidePair(unit.pair) ||
    !f.fitsAll ||
    f.score < DECISION.kindAloneFloor ||
    f.unexplained > DECISION.perfectSpanMostUnexplained
  ) {
    return null;
  }
  return answerTextOf(unit);
}

/** A subject naming no one in the question's own words: "how long has she lived there". */
const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'you']);
