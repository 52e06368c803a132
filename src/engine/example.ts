import type { UnitFit } from './term-index.ts';
import { foldText } from './text.ts';
import { textFit } from './text-fit.ts';

/** A question asking for an example: "give an example of…", "any examples?", "for instance?". */
const ASKS_FOR_EXAMPLE = /\b(?:examples?|instances?|eg)\b/;

/**
 * Words by which a text gives an example of what it or the sentence
 * before it says: "For instance, the lease was terminated", "officials,
 * including the mayor", "costs such as fuel".
 */
const GIVES_EXAMPLE =
  /\b(?:for (?:instance|example)|such as|including|includes|included|among them|e\.?g\.?|examples?|instances?)\b/;

/**
 * A question asking for an example ("give an example of the council
 * cutting park spending") is not answered by the sentence that says the
 * general thing ("The council has cut its spending on parks"), however
 * many of its words that holds, but by one giving an instance of it ("For
 * example, the Elm Road playground will close"). Null when the question asks for
 * no example.
 *
 * @param textOf what a unit answers with; null for an answer trusted to meet
 *   its questions (a curated pair, written for them)
 */
export function exampleFit(question: string, textOf: (unit: number) => string | null): UnitFit {
  if (!ASKS_FOR_EXAMPLE.test(foldText(question))) return null;
  return textFit(textOf, (text) => GIVES_EXAMPLE.test(text));
}
