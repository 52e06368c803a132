import type { AnswerNeed, AnswerTypes } from './intent.ts';
import type { UnitFit } from './term-index.ts';
import { foldText } from './text.ts';

/**
 * "Do the police know who did it?", "does the board know who leaked it",
 * "is it known whether…": a yes-or-no after whether someone knows a fact.
 * A reader asks so where the fact may well be unknown; the article answers
 * by telling it is not known ("not in a position to say who is
 * responsible", "It remains unclear who…"), or by giving the fact itself
 * where it is a value a text shows (a place for a "where", a date for a
 * "when", a figure for a "how many"). A sentence sharing the question's
 * words that tells neither ("Police … are both involved in the
 * investigation") does not answer it. Who did a deed, what or how
 * something happened cannot be told from a text's shape, so only a text
 * saying it is not known answers those. Null for any other question.
 *
 * @param answerTypes reads the kind of fact the known clause asks, and whether a text gives one
 * @param textOf the article's own words a unit answers with; null for one
 *   written for its questions (a curated pair, a card, a gap), trusted
 * @param tellsNotKnown whether a text tells that a fact is not known or was not told
 */
export function knowingAskedFit(
  question: string,
  answerTypes: AnswerTypes,
  textOf: (unit: number) => string | null,
  tellsNotKnown: (text: string) => boolean,
): UnitFit {
  const known = KNOWING_ASKED.exec(foldText(question))?.[1];
  if (known === undefined) return null;
  const need = answerTypes.need(known);
  const shown = need !== null && SHOWN_NEEDS.has(need) ? need : null;
  return (unit) => {
    const text = textOf(unit);
    if (text === null || tellsNotKnown(text)) return true;
    return shown !== null && answerTypes.canAnswer(shown, text);
  };
}

/**
 * A yes-or-no opening (past a few openers) on whether someone knows, or
 * whether it is known, and the clause of what: "do the police know who did
 * it" → "who did it"; "is it known where the lithium would get refined".
 * Read in the folded question.
 */
const KNOWING_ASKED =
  /^(?:(?:ok|okay|so|and|but|wait|hmm|um|hey)\s+)*(?:(?:do|does|did)\s+(?:\S+\s+){1,4}?(?:know|knows|knew)|is\s+it\s+(?:yet\s+)?known)\s+(?:yet\s+)?((?:who|whos|what|whats|where|when|why|how|whether|if)\b.*)$/u;

/** The kinds of fact a text shows by its shape: given, they answer whether it is known. */
const SHOWN_NEEDS: ReadonlySet<AnswerNeed> = new Set([
  'place',
  'date',
  'exact-date',
  'time-of-day',
  'weekday',
  'duration',
  'quantity',
  'money',
  'percentage',
  'age',
  'distance',
]);
