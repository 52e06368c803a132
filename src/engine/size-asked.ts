import type { AskContext } from './ask-context.ts';
import type { DecisionFeatures } from './decision-features.ts';
import { clearBestSentence, isTypedWord, typedTermsAsked } from './decision-features.ts';
import { NUMBER_WORDS } from './figures.ts';
import type { QueryTerm } from './query-terms.ts';
import type { RankedUnit } from './term-index.ts';
import { foldText, words } from './text.ts';
import { DECISION } from './tuning.ts';

/** A question after the size of something: "how big is the site", "how large", "what size". */
const ASKS_SIZE = /\bhow (?:big|large|huge|small)\b|\bwhat size\b/;

/**
 * Units a size is told in besides a distance (which general English's cues
 * give, `AnswerTypes.valuesIn`): an area, a power, a weight, a volume, and
 * the members, seats or beds a group or a place holds.
 */
const SIZE_UNITS: ReadonlySet<string> = new Set(
  `acre acres hectare hectares sq square megawatt megawatts mw gigawatt gigawatts gw tonne tonnes
  ton tons kilogram kilograms kg litre litres liter liters gallon gallons members seats seat beds
  bed rooms storeys storey people`.split(/\s+/),
);

/** A number, in figures or in words: a size's value, as one of a text's words. */
const NUMBER = new RegExp(`^(?:\\d[\\d,.]*|${NUMBER_WORDS})$`, 'u');

/**
 * Words that may stand between the thing and its size told after it: "the
 * site, covering about 85 hectares", "the Friends of Northcombe Pier, which
 * has more than 1,400 members", "an area 11 miles across".
 */
const BETWEEN_THING_AND_SIZE: ReadonlySet<string> = new Set(
  `covering covers covered measuring measures measured which that has had have with of for is was
  are were about around roughly some nearly almost more than over up to just an a`.split(/\s+/),
);

/** A run of digits: a figure's group, as a text's words split "1,400" and "1.4". */
const DIGITS = /^\d+$/;

/** How many words may stand between a thing and its size after it. */
const THING_BEFORE_SIZE = 5;

/**
 * Whether the best unit, held back, is given below the answer threshold
 * because it tells the size of the very thing a "how big" asks about, in a
 * unit of size tied to a word the reader typed: "how big is the paddock"
 * of "a half-acre paddock", "how big is the solar farm" of "a 40-megawatt
 * solar farm" (the size before the noun, a word between at most), "how big
 * is the site" of "The site, covering about 85 hectares", "how big is the
 * friends of the pier group" of "the Friends of Northcombe Pier, which has
 * more than 1,400 members" (the size after it, past only words linking the
 * two). A number with a unit of size written so belongs to that thing, and
 * "big" is the one word such a sentence leaves unsaid: "300 tonnes of rock"
 * weighs the rock, not the slab a reader asks about. The sentence must meet
 * every condition of the question, leave at most
 * `DECISION.oneValueMostUnexplained` of the reader's words unexplained
 * besides "big", and score at least `DECISION.kindAloneFloor`.
 */
export function givesSizeOfThingAsked(
  context: AskContext,
  question: string,
  ranked: readonly RankedUnit[],
  terms: readonly QueryTerm[],
  f: DecisionFeatures,
): boolean {
  if (f.need !== 'quantity' || !ASKS_SIZE.test(foldText(question))) return false;
  const text = clearBestSentence(
    context,
    ranked,
    f,
    DECISION.kindAloneFloor,
    // The measure itself ("big") is one of the words left unsaid.
    DECISION.oneValueMostUnexplained + 1,
  );
  if (text === null) return false;
  const textWords = words(foldText(text));
  const distances = new Set(context.answerTypes.valuesIn('distance', text));
  const typed = typedTermsAsked(context, question, text, terms);
  const isTyped = (at: number) => {
    const word = textWords[at];
    return word !== undefined && isTypedWord(context, typed, word);
  };
  return textWords.some((word, at) => {
    if (!NUMBER.test(word)) return false;
    if (!distances.has(at) && !SIZE_UNITS.has(textWords[at + 1] ?? '')) return false;
    // "A half-acre paddock", "a 40-megawatt solar farm": the unit, a word at most, the thing.
    if (textWords[at + 2] !== 'of' && (isTyped(at + 2) || isTyped(at + 3))) return true;
    // "The site, covering about 85 hectares": the thing, linking words, the
    // size, read back from the figure's first digits ("1,400" is two words).
    let start = at;
    while (DIGITS.test(textWords[start - 1] ?? '') && DIGITS.test(word)) start--;
    for (let back = start - 1; back >= 0 && start - back <= THING_BEFORE_SIZE; back--) {
      if (isTyped(back)) return true;
      if (!BETWEEN_THING_AND_SIZE.has(textWords[back] ?? '')) return false;
    }
    return false;
  });
}
