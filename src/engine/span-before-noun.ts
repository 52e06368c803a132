import type { AskContext } from './ask-context.ts';
import type { DecisionFeatures } from './decision-features.ts';
import { clearBestSentence, isTypedWord, typedTermsAsked } from './decision-features.ts';
import { SPELLED_NUMBERS } from './figures.ts';
import { asksLengthToo } from './length-asked.ts';
import type { QueryTerm } from './query-terms.ts';
import type { RankedUnit } from './term-index.ts';
import { foldText } from './text.ts';
import { DECISION } from './tuning.ts';

/**
 * A span or an extent written as one word before a noun, the noun captured
 * with the word before it: "a three-week strike", "during the five-week
 * trial", "a 41-page complaint", "a two-paragraph statement".
 */
const SPAN_BEFORE_NOUN = new RegExp(
  `\\b(?:\\d+|${SPELLED_NUMBERS.join('|')})-(year|month|week|day|hour|minute|page|paragraph|word|mile)\\s+(?:([\\p{L}]+)\\s+)?([\\p{L}]+)`,
  'gu',
);

/** Units of length, not of time: they answer a "how long" only where it may ask a length (`length-asked.ts`). */
const LENGTH_UNITS: ReadonlySet<string> = new Set(['page', 'paragraph', 'word', 'mile']);

/**
 * Whether the best unit is given below the answer threshold because it
 * tells how long the very thing a "how long" asks about is, in the one word
 * before its name: "how long did the strike last" of "ending a three-week
 * strike", "how long was the whistleblower's complaint" of "submitted a
 * 41-page complaint". Written so, the span belongs to that noun and no
 * other, whatever else the sentence dates; the noun (or the word between,
 * "a 41-page written complaint") must be a word the reader typed, the
 * sentence meet every condition of the question, leave at most
 * `DECISION.oneValueMostUnexplained` of the reader's words unexplained and
 * score at least `DECISION.kindAloneFloor`. A length ("a nine-mile
 * crossing") answers only a "how long" that may ask one.
 */
export function givesSpanOfThingAsked(
  context: AskContext,
  question: string,
  ranked: readonly RankedUnit[],
  terms: readonly QueryTerm[],
  f: DecisionFeatures,
): boolean {
  if (f.need !== 'duration') return false;
  const text = clearBestSentence(
    context,
    ranked,
    f,
    DECISION.kindAloneFloor,
    DECISION.oneValueMostUnexplained,
  );
  if (text === null) return false;
  const folded = foldText(text);
  if (!folded.includes('-')) return false;
  const typed = typedTermsAsked(context, question, text, terms);
  // "How long does the crossing take" asks a time: not "the nine-mile crossing".
  const lengthToo = asksLengthToo(question);
  for (const [, unit = '', between, noun] of folded.matchAll(SPAN_BEFORE_NOUN)) {
    if (LENGTH_UNITS.has(unit) && !lengthToo) continue;
    if (typesNounOrWordBefore(context, typed, between, noun)) return true;
  }
  return false;
}

/**
 * A length written as one word before a noun, the noun captured with the
 * word before it: "the 114-metre towers", "an 800-metre exclusion zone",
 * "the 18-metre scallop trawler".
 */
const LENGTH_BEFORE_NOUN = new RegExp(
  `\\b(?:\\d[\\d,.]*|${SPELLED_NUMBERS.join('|')})-(?:metre|meter|kilometre|kilometer|km|mile|foot|feet|ft|yard|inch|centimetre|centimeter|cm)\\s+(?:([\\p{L}]+)\\s+)?([\\p{L}]+)`,
  'gu',
);

/**
 * Whether the best unit, held back for leaving unsaid the dimension a
 * question asks by its own word ("how tall", "how deep", "how wide"), is
 * given all the same because it tells the length of the very thing asked
 * about in the one word before its name: "how tall were the towers" of
 * "The 114-metre towers at the former Haltwick Power Station collapsed".
 * Written so, the length is that thing's own (its height, its depth or its
 * width, whichever it is measured by); a length of anything else ("a bird
 * with a five-foot wingspan on a reservoir" for "how deep is the
 * reservoir") is none. The noun (or the word between) must be a word the
 * reader typed, the sentence meet every condition of the question, leave
 * at most `DECISION.oneValueMostUnexplained` of the reader's words
 * unexplained besides the dimension, and score at least
 * `DECISION.kindAloneFloor`.
 */
export function givesLengthOfThingAsked(
  context: AskContext,
  question: string,
  ranked: readonly RankedUnit[],
  terms: readonly QueryTerm[],
  f: DecisionFeatures,
): boolean {
  if (f.need !== 'distance') return false;
  const text = clearBestSentence(
    context,
    ranked,
    f,
    DECISION.kindAloneFloor,
    // The dimension itself ("tall") is one of the words left unsaid.
    DECISION.oneValueMostUnexplained + 1,
  );
  if (text === null) return false;
  const typed = typedTermsAsked(context, question, text, terms);
  for (const [, between, noun] of foldText(text).matchAll(LENGTH_BEFORE_NOUN)) {
    if (typesNounOrWordBefore(context, typed, between, noun)) return true;
  }
  return false;
}

/** Whether the reader typed the noun a measure stands before, or the word between them. */
function typesNounOrWordBefore(
  context: AskContext,
  typed: ReadonlySet<string>,
  between: string | undefined,
  noun: string | undefined,
): boolean {
  return [between, noun].some((word) => word !== undefined && isTypedWord(context, typed, word));
}
