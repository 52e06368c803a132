import { BoundedMemo } from './bounded-memo.ts';
import { foldText, words } from './text.ts';

/**
 * A unit's fit by its own text, read folded: whether `holds` takes it. A
 * unit with no text of its own to hold (`textOf` gives null: a curated
 * answer, written for its questions) is trusted to meet them.
 */
export function textFit(
  textOf: (unit: number) => string | null,
  holds: (folded: string) => boolean,
): (unit: number) => boolean {
  return (unit) => {
    const text = textOf(unit);
    return text === null || holds(foldedUnitTexts.get(text));
  };
}

/**
 * {@link textFit}, reading the words of the unit's folded text
 * (`words(foldText(text))`), kept per text: a fit that scans a unit's words
 * for every unit a question ranked split each afresh, as the last few
 * foldings `words` keeps are the question's own.
 */
export function textWordsFit(
  textOf: (unit: number) => string | null,
  holds: (said: readonly string[]) => boolean,
): (unit: number) => boolean {
  return (unit) => {
    const text = textOf(unit);
    return text === null || holds(wordsOfUnitTexts.get(text));
  };
}

/**
 * Units' texts folded, kept: every question holds each unit it ranked to
 * several of these fits, and folding some sixty texts afresh each time (the
 * fold's own few slots keep the question's texts) was some 3% of asking a
 * long question. The story's texts are few; a loose cap bounds a large one.
 */
const FOLDED_UNIT_TEXTS_LIMIT = 8192;
const foldedUnitTexts = new BoundedMemo(FOLDED_UNIT_TEXTS_LIMIT, foldText);

/** The words of units' folded texts, kept like {@link foldedUnitTexts} and for the same reason. */
const wordsOfUnitTexts = new BoundedMemo(FOLDED_UNIT_TEXTS_LIMIT, (text: string) =>
  words(foldedUnitTexts.get(text)),
);
