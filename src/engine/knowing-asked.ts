import type { AnswerNeed, AnswerTypes } from './intent.ts';
import type { UnitFit } from './term-index.ts';
import { foldText } from './text.ts';

/**
 * "Do the police know who did it?", "does the board know who leaked it",
 * "is it known whether…": a yes-or-no after whether someone knows a fact,
 * or told it ("did the auction house say who the seller is": "She declined
 * to name the consignor").
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
  untoldEcho: UnitFit = null,
): UnitFit {
  const known = knownClauseOf(question);
  if (known === null) return null;
  const need = answerTypes.need(known);
  const shown = need !== null && SHOWN_NEEDS.has(need) ? need : null;
  return (unit) => {
    const text = textOf(unit);
    if (text === null) return true;
    // "Did they say how many flights the overdue planes flew": where the
    // article tells that very fact untold, in the reader's own words ("The
    // airline did not say how many passenger flights…"), that sentence
    // answers, not another figure it gives.
    if (untoldEcho !== null) return untoldEcho(unit);
    if (tellsNotKnown(text)) return true;
    return shown !== null && answerTypes.canAnswer(shown, text);
  };
}

/**
 * The clause of what a yes-or-no after whether someone knows or told a
 * fact asks ("how many flights the overdue planes flew" of "did they say
 * how many flights the overdue planes flew"), folded; null for any other
 * question.
 */
export function knownClauseOf(question: string): string | null {
  return KNOWING_ASKED.exec(foldText(question))?.[1] ?? null;
}

/**
 * The question words a known clause opens on, as a pattern of the words a
 * sentence telling that fact untold repeats after its cue: "how many",
 * "how long", "where", "who" (or "whom", "whose"). Null for a clause
 * opening on "whether" or "if", which asks whether, and any "how" but one of
 * measure ("how the bacteria got in"), too common a word to echo anything.
 */
export function echoedWordsOf(known: string): string | null {
  const [first, second] = known.split(' ');
  if (first === 'how') return second !== undefined && MEASURES.has(second) ? `how ${second}` : null;
  if (first === 'who' || first === 'whos') return '(?:who|whom|whose)';
  if (first === 'whats') return 'what';
  return first !== undefined && ECHOED.has(first) ? first : null;
}

/** The words after "how" that ask a measure: "how many", "how long". */
const MEASURES: ReadonlySet<string> = new Set([
  'many',
  'much',
  'long',
  'far',
  'old',
  'often',
  'big',
]);

/** The question words a known clause may open on that a sentence telling it untold repeats. */
const ECHOED: ReadonlySet<string> = new Set(['what', 'where', 'when', 'why', 'which']);

/** A few words of who knows or told: "the police", "they", "the auction house". */
const SOMEONE = String.raw`(?:\S+\s+){1,4}?`;

/**
 * "Did the auction house say who the seller is", "has the club explained
 * what the issues were", "is Halden saying how much it will recycle": a
 * yes-or-no on whether someone told a fact is asked as one on whether they
 * know it. Not "does the article say which base…": the article is no one
 * who may decline to tell; it asks the fact itself.
 */
const TELLING = [
  String.raw`(?:do|does|did)\s+(?!(?:the\s+|this\s+)?(?:article|story|piece|report)\b)${SOMEONE}(?:say|tell|name|disclose|reveal|confirm|explain)`,
  String.raw`(?:has|have)\s+${SOMEONE}(?:said|told|named|disclosed|revealed|confirmed|explained)`,
  String.raw`(?:is|are)\s+${SOMEONE}(?:saying|telling|naming|disclosing|revealing|confirming|explaining)`,
].join('|');

/**
 * A yes-or-no opening (past a few openers) on whether someone knows, or
 * whether it is known, or told, and the clause of what: "do the police know
 * who did it" → "who did it"; "is it known where the lithium would get
 * refined". Read in the folded question.
 */
const KNOWING_ASKED = new RegExp(
  String.raw`^(?:(?:ok|okay|so|and|but|wait|hmm|um|hey)\s+)*(?:(?:do|does|did)\s+${SOMEONE}(?:know|knows|knew)|is\s+it\s+(?:yet\s+)?known|${TELLING})\s+(?:yet\s+)?((?:who|whos|what|whats|where|when|why|how|which|whether|if)\b.*)$`,
  'u',
);

/** The kinds of fact a text shows by its shape: given, they answer whether it is known. */
export const SHOWN_NEEDS: ReadonlySet<AnswerNeed> = new Set([
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
