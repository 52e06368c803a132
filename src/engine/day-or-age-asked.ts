import type { AskContext } from './ask-context.ts';
import {
  clearBestSentence,
  type DecisionFeatures,
  isTypedWord,
  typedTermsAsked,
} from './decision-features.ts';
import type { AnswerNeed } from './intent.ts';
import { answerDistance } from './proximity.ts';
import type { QueryTerm } from './query-terms.ts';
import type { RankedUnit } from './term-index.ts';
import { words } from './text.ts';
import { DECISION } from './tuning.ts';

/**
 * The kinds of fact asked by a framing the answer's own shape explains: a
 * day ("what day", "what date", "which day of the week") or an age ("how
 * old"). The question's other words are few ("what day did they announce
 * it": "announce" alone), so a sentence giving that day beside them holds
 * one word of the reader's and scores low, though nothing is left to match.
 * Not a clock time, whose "what time" readers ask of their own day ("what
 * time does the stream start"), nor a count, a sum or a plain "when", which
 * a sentence on another thing of the same words gives as readily.
 */
const DAY_OR_AGE: ReadonlySet<AnswerNeed> = new Set(['exact-date', 'weekday', 'age']);

/**
 * Whether the best unit is given below the answer threshold because the
 * question asks for a day or an age (`DAY_OR_AGE`) and the unit is one of
 * the article's sentences giving that kind, meeting every condition of the
 * question, holding in its own words a word the reader typed (the day or
 * age, where a word tells it, within `DECISION.kindAloneNearWords` of it),
 * leaving at most
 * `DECISION.oneValueMostUnexplained` word of theirs unexplained, scoring at
 * least `DECISION.clearSentenceFloor` and leading any other fact by
 * `DECISION.clearSentenceLead`, as a clear sentence must: "what day did
 * they announce it" of "Organisers announced the decision at 9.40pm on
 * Wednesday", "how old was the rider" of "a 19-year-old man had been
 * arrested…". A day or
 * an age is told by an exact pattern (`intent.ts`), so a sentence holding
 * it where the question wants one is rarely about something else, though
 * the clear-sentence rule (`clear-sentence.ts`) wants two of the reader's
 * words as typed, or one subject of the story, and leaves no word the story
 * never uses unsaid short of `DECISION.clearSentenceKindLead`; such a
 * question, its framing words aside, seldom holds more than one. Not for a
 * question after what the reader should do, which no story is written to say.
 */
export function givesDayOrAgeAsked(
  context: AskContext,
  question: string,
  ranked: readonly RankedUnit[],
  terms: readonly QueryTerm[],
  f: DecisionFeatures,
): boolean {
  if (
    f.need === null ||
    !DAY_OR_AGE.has(f.need) ||
    !f.asksWh ||
    f.asksOfReader ||
    f.lead < DECISION.clearSentenceLead
  ) {
    return false;
  }
  const text = clearBestSentence(
    context,
    ranked,
    f,
    DECISION.clearSentenceFloor,
    DECISION.oneValueMostUnexplained,
  );
  if (text === null) return false;
  // A word the reader typed in the sentence's own words, not only in the
  // names it is indexed with, and the day or age near it where a word
  // tells it: "how old is the city of X" is not asked of a sentence on
  // what began in 2015, seventeen words before it names the city.
  const typed = typedTermsAsked(context, question, text, terms);
  const textWords = words(text);
  if (!textWords.some((word) => isTypedWord(context, typed, word))) return false;
  const { answerTypes, termsOfWord } = context;
  const distance = answerDistance(
    f.need,
    textWords,
    typed,
    answerTypes,
    termsOfWord,
    answerTypes.valuesIn(f.need, text),
  );
  return distance === null || distance <= DECISION.kindAloneNearWords;
}
