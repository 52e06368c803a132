import { foldText, words } from './text.ts';

/**
 * A moment told by an event still to come rather than by the calendar:
 * "would review its grant once the panel had reported", "there will be a
 * review as soon as the systems are back up", "intended to bring the team
 * back as soon as a suitable site can be secured". "Once" must open a
 * clause after a verb of the future or of intent: "the mill, once the
 * town's largest employer" tells what it was, and "once a week" how often.
 * "Only once" sets a condition ("would reopen the unit only once it could
 * show…"), not a moment. Folded text.
 */
export const ONCE_EVENT_SOURCE = `\\b(?:will|would|'ll|shall|(?:intends?|intended|plans?|planned|promised|pledged|vowed|expects?|expected|aims?|aimed) to)\\b[^.;]*?(?<!\\bonly )\\b(?:once|as soon as) (?:the|it|its|they|their|he|his|she|her|we|our|all|every|this|that|these|those|an?\\b(?! (?:day|week|fortnight|month|year|quarter|season|decade)\\b))\\b`;

/** Each "once …" or "as soon as …" clause of a folded text, to its closing punctuation. */
const ONCE_CLAUSE = /\b(?:once|as soon as) [^,.;:!?"”]*/g;

/**
 * Whether a text, as written, may hold a "once …" or "as soon as …"
 * clause: only such a text reads otherwise for the event a question asks
 * about ({@link withoutEventsAsked}). Read on every unit a "when" weighs,
 * so the text is not folded first; folding makes no such words.
 */
export function tellsOnceEvent(text: string): boolean {
  return ONCE_WORDS.test(text);
}

const ONCE_WORDS = /\b(?:once|as soon as)\b/i;

/** The shortest word of a question that can name the event a clause tells. */
const MIN_EVENT_WORD = 4;

/**
 * The words of a question that may name an event a "once" clause tells:
 * folded, no stopword, none too short to tell a thing.
 *
 * @param isFiller whether a folded word is a stopword
 */
export function eventWordsAsked(question: string, isFiller: (word: string) => boolean): string[] {
  return words(foldText(question)).filter(
    (word) => word.length >= MIN_EVENT_WORD && !isFiller(word),
  );
}

/**
 * A folded text with each "once …" clause holding a word the question asks
 * about blanked out: "when is the river expected to drop below flood stage"
 * is not answered by "damage teams will start work once the river drops
 * below flood stage", whose moment is the very event asked about.
 */
export function withoutEventsAsked(folded: string, asked: readonly string[]): string {
  if (asked.length === 0) return folded;
  return folded.replace(ONCE_CLAUSE, (clause) =>
    words(clause).some((word) =>
      asked.some(
        (a) => word.startsWith(a) || (a.startsWith(word) && word.length >= MIN_EVENT_WORD),
      ),
    )
      ? ' '
      : clause,
  );
}
