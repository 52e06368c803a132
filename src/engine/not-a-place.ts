import type { UnitFit } from './term-index.ts';
import { foldText } from './text.ts';

/**
 * "Areas" as fields of activity, asked after: "in which areas does the council
 * want to develop ties", "what areas will they work together in". The areas
 * are what someone else does something in, so the question names its doer
 * after an auxiliary. "Which areas were flooded", "what areas are affected"
 * ask for places: the areas are what the question tells of.
 */
const AREAS_OF_ACTIVITY =
  /\b(?:what|which) (?:areas?|fields?|sectors?|domains?|spheres?) (?:do|does|did|will|would|can|could|should|might|must)\b/;

/** "Why did they intervene in the first place": at all, to begin with. */
const IN_THE_FIRST_PLACE = /\bin the first place\b/g;

/** A word asking for a place, once the idiom is set aside: "where did they go in the first place". */
const ASKS_WHERE = /\b(?:where|wheres|whereabouts|places?|locations?|located|areas?)\b/;

/**
 * Whether a folded question, though it says "area" or "place", asks for no
 * place: fields of activity, or "in the first place".
 */
export function asksForNoPlace(folded: string): boolean {
  if (AREAS_OF_ACTIVITY.test(folded)) return true;
  if (!folded.includes('first place')) return false;
  const rest = folded.replace(IN_THE_FIRST_PLACE, ' ');
  return rest !== folded && !ASKS_WHERE.test(rest);
}

/**
 * The condition such a question sets on the article's list of places: none
 * of it answers "in which areas does the council want ties" or "why did they
 * intervene in the first place", though the list's questions ("which areas",
 * "where does this take place") share a word with them. Null for any other question.
 */
export function notAPlaceFit(question: string, isPlacesList: (unit: number) => boolean): UnitFit {
  if (!asksForNoPlace(foldText(question))) return null;
  return (unit) => !isPlacesList(unit);
}
