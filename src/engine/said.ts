import type { AnswerTypes } from './intent.ts';
import type { UnitFit } from './term-index.ts';

/**
 * A question after what someone said or how they reacted ("what did Doyle
 * say after the result") is not answered by a sentence that only names them
 * ("Doyle trailed in fourth"): the answer must report speech, with a word
 * of saying or a quotation. Null when the question asks for no such thing.
 *
 * @param textOf what a unit answers with; null for an answer trusted to meet
 *   its questions (a curated pair, written for them)
 */
export function saidFit(
  question: string,
  answerTypes: AnswerTypes,
  textOf: (unit: number) => string | null,
): UnitFit {
  if (!answerTypes.asksWhatWasSaid(question)) return null;
  return (unit) => {
    const text = textOf(unit);
    return text === null || answerTypes.reportsSpeech(text);
  };
}
