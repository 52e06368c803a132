import { MONTHS, WEEKDAYS } from './calendar.ts';
import { SPELLED_NUMBERS } from './figures.ts';
import { foldText, words } from './text.ts';

/** Words that set a moment or a span after "after", not an event: "after midnight", "after a week". */
const MOMENTS = [
  ...SPELLED_NUMBERS,
  ...MONTHS,
  ...WEEKDAYS,
  'midnight noon dark dawn dusk morning afternoon evening night weekend',
  'minute minutes hour hours day days week weeks month months year years',
  'several few couple dozen half',
].join(' ');

/**
 * A cause told by the event something followed, as news tells one: "closed
 * after water reached its deck", "struggling after a quiet autumn",
 * "cancelled days after its conductor resigned", "amid", "in the wake of",
 * "following an inspection". Not a moment: "just after 3 a.m.", "shortly
 * after 6pm", "settled after eight days", "after a week", "the following
 * morning", "week after week"; nor "look after", "named after", "after all".
 * The words of the event are captured, up to the next punctuation.
 */
const AFTER_AN_EVENT = new RegExp(
  `(?<!\\b(?:shortly|just|soon|long|straight|right|immediately|the|day|week|month|year|time|look|looks|looked|looking|named|name|names|take|takes|took|taken|go|goes|went|run|runs|ran) )\\b(?:after|following|amid|amidst|in the wake of) (?!\\d|(?:all|that|this|which|it|(?:an? )?(?:${MOMENTS.split(/\s+/).join('|')}))\\b)([^,;:.!?"“”]+)`,
  'u',
);

/**
 * Where a text tells a cause by the event it followed: the event's words
 * ("water reached its deck"), and the rest, which says what followed from
 * it ("The Center Street bridge was shut at midnight"). Null when it tells
 * none so.
 */
export function eventCauseIn(text: string): { event: string; outcome: string } | null {
  const folded = foldText(text);
  const found = AFTER_AN_EVENT.exec(folded);
  if (found === null) return null;
  const event = found[1] ?? '';
  const start = found.index;
  const end = start + found[0].length;
  // What followed from the event ends with its sentence: a pair's text joins
  // its answer with the sentence it was made from, which says it again.
  const rest = folded.slice(end);
  const stop = rest.search(/[.!?]/);
  return { event, outcome: `${folded.slice(0, start)} ${stop < 0 ? rest : rest.slice(0, stop)}` };
}

/**
 * Whether a text answers "why" a deed happened by the event it followed:
 * "Y after X" gives X as the cause of Y, so the question's own words must
 * stand in what followed (Y) at least as much as in the event (X). "Why did
 * the walkout begin" is answered by "The walkout began after drivers
 * rejected an offer"; "why did drivers reject the offer" is not: the
 * sentence tells what the rejection led to, not why it came.
 *
 * @param asked the question's own words, folded (filler and question words aside)
 * @param sameWord whether two words are one word to the story's index
 */
export function givesCauseByEvent(
  text: string,
  asked: readonly string[],
  sameWord: (a: string, b: string) => boolean,
): boolean {
  const parts = eventCauseIn(text);
  if (parts === null) return false;
  const held = (part: string) => {
    const own = words(part);
    return asked.filter((word) => own.some((w) => sameWord(word, w))).length;
  };
  const inOutcome = held(parts.outcome);
  return inOutcome > 0 && inOutcome >= held(parts.event);
}
