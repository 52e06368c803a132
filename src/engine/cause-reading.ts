import { accountSpeaker } from './account-asked.ts';
import type { AskContext } from './ask-context.ts';
import {
  type CauseSides,
  causeSidesOf,
  eventCauseIn,
  givesCauseByEvent,
  sidesGiveCauseOfAsked,
} from './event-cause.ts';
import { QUESTION_WORDS } from './stopwords.ts';
import { foldText, words } from './text.ts';
import { causeTextFor } from './unit-texts.ts';
import type { AnswerUnit } from './units.ts';

/**
 * The folded words naming whose account of a cause a "why" asks for: the one
 * a "what did X say about why" asks about, or the one "according to",
 * "per" or "X say why" names (`account-asked.ts`); null when it asks none.
 * Their filler words aside: "the ceo" is named by "ceo".
 */
export function accountSpeakerAsked(
  context: AskContext,
  question: string,
): readonly string[] | null {
  const { answerTypes } = context;
  const speaker = answerTypes.asksWhatWasSaid(question)
    ? answerTypes.speakerAsked(question)
    : accountSpeaker(question);
  return speaker === null ? null : speaker.filter((word) => !context.isFiller(word));
}

/** The words of a "why" that say what it asks the cause of: its own words, filler and question words aside. */
export function deedWordsOf(context: AskContext, question: string): readonly string[] {
  return words(foldText(question)).filter(
    (word) => !context.isFiller(word) && !QUESTION_WORDS.has(word),
  );
}

/**
 * Whether a unit from the article tells the cause of the deed a "why" asks
 * about by the event the deed followed ("shut at midnight after water
 * reached its deck", `event-cause.ts`).
 */
export function givesCauseOfDeed(
  context: AskContext,
  index: number,
  deed: readonly string[],
): boolean {
  const text = causeTextFor(context, index);
  return (
    text !== null &&
    causeReadingOf(context, index).tellsEventCause &&
    givesCauseByEvent(text, deed, context.termsOfWord)
  );
}

/**
 * What a unit's own text says of causes, whatever the question: a "why"
 * weighs every unit it ranks, each its own deed, so what the text alone
 * decides is read once per unit.
 */
interface CauseReading {
  /** Whether it tells a cause by the event something followed (`event-cause.ts`). */
  tellsEventCause: boolean;
  /** Whether it says that why something happened is not known. */
  whyNotKnown: boolean;
  /** Its word of cause, as general English's reason cues read it, if any. */
  cue: { at: number; cue: string } | null;
  /** The sides of its word of cause, read on the first "why" that weighs them. */
  sides?: CauseSides;
}

function causeReadingOf(context: AskContext, index: number): CauseReading {
  const unit = context.units[index];
  const kept = unit === undefined ? undefined : causeReadings.get(unit);
  if (kept !== undefined) return kept;
  const text = causeTextFor(context, index);
  const reading: CauseReading =
    text === null
      ? { tellsEventCause: false, whyNotKnown: false, cue: null }
      : {
          tellsEventCause: eventCauseIn(text) !== null,
          whyNotKnown: SAYS_WHY.test(foldText(text)) && context.tellsNotKnown(text),
          cue: context.answerTypes.reasonCueIn(text),
        };
  if (unit !== undefined) causeReadings.set(unit, reading);
  return reading;
}

/** Each unit's {@link CauseReading}; keyed by the unit, so it lives as long as its engine. */
const causeReadings = new WeakMap<AnswerUnit, CauseReading>();

/**
 * Whether a unit from the article says that why something happened is not
 * known ("It remains unclear… why some residents received no text alert"):
 * the honest answer to a "why" the article leaves open.
 */
export function saysWhyNotKnown(context: AskContext, index: number): boolean {
  return causeReadingOf(context, index).whyNotKnown;
}

/** "Why" inside a text: the cause it speaks of. */
const SAYS_WHY = /\bwhy\b/;

/**
 * Whether a unit from the article gives its word of cause of something the
 * deed a "why" asks about led to, not of the deed ("why did the valve fail":
 * "traced the contamination to a failed valve", `event-cause.ts`).
 */
export function givesCauseOfOther(
  context: AskContext,
  index: number,
  deed: readonly string[],
): boolean {
  const reading = causeReadingOf(context, index);
  const { cue } = reading;
  const text = cue === null ? null : causeTextFor(context, index);
  if (text === null || cue === null) return false;
  reading.sides ??= causeSidesOf(text, cue, context.termsOfWord);
  return !sidesGiveCauseOfAsked(reading.sides, deed, context.termsOfWord);
}

/**
 * For a "why" asking for someone's account of a cause, whether a unit is a
 * remark of theirs: it reports speech and names them (or the question names
 * no one). Another's remark is not their account: "why did he sign up,
 * according to his wife" is not answered by what a doctor said of the
 * trial. Where the story has them give a cause in words of cause anywhere
 * ("Officials blamed a mix of heavy rain and melting snow" for "what caused
 * the flooding according to officials"), that is their account, and no
 * other remark of theirs is: then never. A curated pair, a gap, a card or a
 * list answers as its own kind of fact.
 */
export function remarkOfFit(
  context: AskContext,
  speaker: readonly string[],
): (index: number) => boolean {
  const { answerTypes, units } = context;
  const namesSpeaker = speakerNamer(context, speaker);
  const textOf = (index: number) => causeTextFor(context, index);
  const givesCause = units.some((_, index) => {
    const text = textOf(index);
    return text !== null && namesSpeaker(index) && answerTypes.canAnswer('reason', text);
  });
  if (givesCause) return () => false;
  return (index) => {
    const text = textOf(index);
    return text !== null && answerTypes.reportsSpeech(text) && namesSpeaker(index);
  };
}

/**
 * Whether a unit names the one a question asks after, by the last of the
 * words naming them ("officer" of "the returning officer", "director" of
 * "the emergency management director": who they are, their other words say
 * of what). Where the story never uses that word ("prez"), no unit does: a
 * remark naming only their other words ("The union says…") is most often
 * someone else's. Every unit names no one asked.
 */
function speakerNamer(context: AskContext, speaker: readonly string[]): (index: number) => boolean {
  const head = speaker.at(-1);
  if (head === undefined) return () => true;
  const terms = context.termsOfWord(head).filter((term) => context.index.hasTerm(term));
  return (index) => {
    const held = context.termsOfUnit(index);
    return terms.some((term) => held.has(term));
  };
}
