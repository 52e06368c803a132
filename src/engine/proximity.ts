import type { AnswerNeed, AnswerTypes } from './intent.ts';
import { type QueryTerm, termsAsked } from './query-terms.ts';
import { byScoreThenUnit, type RankedUnit } from './term-index.ts';
import { SCORING } from './tuning.ts';

/** How many of the best answers are weighed by nearness; the cost of a question stays small. */
const WEIGHED_UNITS = 16;

/**
 * Ranks again, among the article's sentences, by how close the fact asked
 * for lies to the question's words: "when did the admiral resign" is
 * answered by "the admiral resigned on March 3", not by a sentence that
 * names the admiral's resignation and, a clause away, "late January". A sentence whose date (or number) is far
 * from every word the question shares with it loses up to
 * `SCORING.farAnswerFactor` of its score.
 *
 * @param articleWords the article's words a unit answers with, or null for a unit not held to this
 * @param termsOfWord the terms the index reads in one word
 */
export function byNearness(
  ranked: readonly RankedUnit[],
  need: AnswerNeed | null,
  terms: readonly QueryTerm[],
  answerTypes: AnswerTypes,
  articleWords: (unit: number) => readonly string[] | null,
  termsOfWord: (word: string) => readonly string[],
): readonly RankedUnit[] {
  if (need === null) return ranked;
  const asked = termsAsked(terms);
  if (asked.size === 0) return ranked;
  let changed = false;
  const weighed = ranked.map((r, at) => {
    // Only the leading answers are read word by word: the rest cannot come first.
    const textWords = at < WEIGHED_UNITS ? articleWords(r.unit) : null;
    if (textWords === null) return r;
    const nearest = answerDistance(need, textWords, asked, answerTypes, termsOfWord);
    if (nearest === null) return r;
    const far = Math.min(
      1,
      Math.max(0, nearest - SCORING.nearAnswerWords) / SCORING.farAnswerWords,
    );
    if (far === 0) return r;
    changed = true;
    return { unit: r.unit, score: r.score * (1 - SCORING.farAnswerFactor * far) };
  });
  return changed ? weighed.sort(byScoreThenUnit) : ranked;
}

/**
 * How many words apart, in a text's words, the nearest instance of the kind
 * of fact a need asks for (a date for a "when") and the nearest word of the
 * question lie; null when the text holds either none of that kind told word
 * by word, or no word of the question.
 *
 * @param asked the terms of the question's words
 * @param termsOfWord the terms the index reads in one word
 * @param answers where the text's values lie, when read from the text itself (`AnswerTypes.valuesIn`)
 */
export function answerDistance(
  need: AnswerNeed,
  textWords: readonly string[],
  asked: ReadonlySet<string>,
  answerTypes: AnswerTypes,
  termsOfWord: (word: string) => readonly string[],
  answers: readonly number[] = answerTypes.whereIn(need, textWords),
): number | null {
  if (answers.length === 0) return null;
  const matched: number[] = [];
  textWords.forEach((word, at) => {
    if (termsOfWord(word).some((term) => asked.has(term))) matched.push(at);
  });
  if (matched.length === 0) return null;
  let nearest = Number.POSITIVE_INFINITY;
  for (const a of answers) {
    for (const m of matched) nearest = Math.min(nearest, Math.abs(a - m));
  }
  return nearest;
}
