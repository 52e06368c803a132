import type { DecisionFeatures } from './decision-features.ts';
import type { FutureQuestions } from './future.ts';
import { foldText } from './text.ts';
import { DECISION } from './tuning.ts';

/**
 * Words by which a sentence places an event still to come, as news writes
 * the next step of a story: "will", "would", "is expected to", "is due",
 * "is set to", "scheduled", "planned", "plans to", "promised to", "intends
 * to", "next week", "over the next three years", "in the coming weeks".
 * Not "could" or "may", which weigh a chance rather than tell a step.
 */
const PLACES_EVENT_TO_COME =
  /\b(?:will|'ll|would|shall|(?:is|are) expected to|expects? to|(?:is|are) due|due to be|(?:is|are) set to|scheduled|planned|plans? to|promised to|pledged to|vowed to|intends? to|next (?:week|month|year|season)|over the next|within the next|in the coming)\b/;

/**
 * A question setting a condition ("what happens if the mediation fails",
 * "what will they do unless…"): it asks what follows from something that may
 * not happen, which a sentence placing the next step does not tell.
 */
const SETS_CONDITION = /\b(?:if|unless)\b/;

/**
 * Whether the best unit is one of the article's sentences telling the next
 * step a question about what is still to come asks after ("how fast is she
 * gonna publish the contracts" of "promised to publish every council
 * contract… within her first 100 days"): a reader asking what will happen
 * words it their own way ("gonna", "fast"), so the sentence scores low,
 * though the article has placed that step in time. Given below the answer
 * threshold, down to `DECISION.clearSentenceLowFloor`, when it meets every
 * condition of the question, holds a word the reader typed, leaves at most
 * `DECISION.comingEventMostUnexplained` of their words unsaid, and leads any
 * other fact by `DECISION.clearSentenceKindLead`: a question the article
 * leaves open about the future most often shares its words with several
 * sentences of what is planned, none far ahead. A yes-or-no ("will the
 * council shut the zoo") is not given so: whether it will happen is its
 * point, which a sentence of another step does not settle. Nor is a
 * sentence that also tells something is not known ("has promised to publish
 * the report but has not said whether…"): the step the reader asks after is
 * most often the one left open.
 *
 * @param text the unit's own text; null for a unit not made from the article
 * @param tellsNotKnown whether a text tells, anywhere in it, that a fact is not known (`notKnownTeller`)
 */
export function tellsComingEvent(
  f: DecisionFeatures,
  question: string,
  text: string | null,
  future: FutureQuestions,
  tellsNotKnown: (text: string) => boolean,
): boolean {
  return (
    text !== null &&
    f.asksWh &&
    f.showsOneSentence &&
    f.fitsAll &&
    f.givesPlace &&
    f.typedHeld > 0 &&
    f.score >= DECISION.clearSentenceLowFloor &&
    f.lead >= DECISION.clearSentenceKindLead &&
    f.unexplained <= DECISION.comingEventMostUnexplained &&
    future.asks(question) &&
    !SETS_CONDITION.test(foldText(question)) &&
    PLACES_EVENT_TO_COME.test(foldText(text)) &&
    !tellsNotKnown(text)
  );
}
