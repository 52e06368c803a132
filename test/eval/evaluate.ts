import { z } from 'zod';
import type { Answer } from '../../src/engine/answer.ts';

/** The evaluation set: readers' wording, written apart from the curated phrasings. */
export const EvalSetSchema = z.strictObject({
  answerable: z.array(z.strictObject({ q: z.string(), expect: z.array(z.string()).min(1) })),
  offTopic: z.array(z.string()),
  unanswerable: z.array(z.string()),
});
export type EvalSet = z.infer<typeof EvalSetSchema>;

/** One question that did not go as it should. */
export interface EvalMiss {
  category: 'answerable' | 'offTopic' | 'unanswerable';
  question: string;
  outcome: 'wrong answer' | 'abstained' | 'answered';
  got: string;
  /** For an answerable question: whether one click on an offered question got it right. */
  rightInOneClick?: boolean;
}

export interface EvalReport {
  answerable: number;
  /** Right directly. */
  correct: number;
  /** Right directly, or after one click on an offered question (see {@link oneClickRight}). */
  withinOneClick: number;
  wrong: number;
  abstainedOnAnswerable: number;
  offTopic: number;
  offTopicAbstained: number;
  unanswerable: number;
  unanswerableAbstained: number;
  hitAt1: number;
  withinOneClickRate: number;
  wrongRate: number;
  offTopicAbstentionRate: number;
  unanswerableAbstentionRate: number;
  misses: EvalMiss[];
}

/** An answer threshold under which the engine answers with its best unit: measures the ranking alone. */
export const TOP_UNIT_THRESHOLD = 0.0001;

/** How many suggestions of an abstention a reader is assumed to try. */
export const SUGGESTIONS_TRIED = 3;

/** An answer is right when its text or its verbatim quote holds one of the expected facts. */
export function holdsExpectedFact(answer: Answer, expected: readonly string[]): boolean {
  const said = `${answer.answer}\n${answer.quote?.text ?? ''}`.toLowerCase().replace(/[’‘]/g, "'");
  return expected.some((fact) => said.includes(fact.toLowerCase().replace(/[’‘]/g, "'")));
}

/** A right answer: given as an answer, and holding an expected fact. */
export function isRight(answer: Answer, expected: readonly string[]): boolean {
  return answer.status === 'answered' && holdsExpectedFact(answer, expected);
}

/**
 * Whether one click gets a reader the right answer: the first
 * {@link SUGGESTIONS_TRIED} suggestions of an abstention, or the "did you
 * mean" alternatives of a wrong answer, each asked in turn.
 */
export function oneClickRight(
  answer: Answer,
  expected: readonly string[],
  ask: (question: string) => Answer,
): boolean {
  const offered =
    answer.status === 'unknown'
      ? answer.suggestions.slice(0, SUGGESTIONS_TRIED)
      : answer.alternatives.map((a) => a.question);
  return offered.some((question) => isRight(ask(question), expected));
}

/** Runs every question of the set through `ask` and counts what went right. */
export function evaluate(set: EvalSet, ask: (question: string) => Answer): EvalReport {
  const misses: EvalMiss[] = [];
  let correct = 0;
  let withinOneClick = 0;
  let wrong = 0;
  let abstainedOnAnswerable = 0;
  for (const { q, expect } of set.answerable) {
    const answer = ask(q);
    if (isRight(answer, expect)) {
      correct++;
      withinOneClick++;
      continue;
    }
    const clicked = oneClickRight(answer, expect, ask);
    if (clicked) withinOneClick++;
    if (answer.status === 'unknown') {
      abstainedOnAnswerable++;
      misses.push({
        category: 'answerable',
        question: q,
        outcome: 'abstained',
        got: answer.suggestions[0] ?? '',
        rightInOneClick: clicked,
      });
    } else {
      wrong++;
      misses.push({
        category: 'answerable',
        question: q,
        outcome: 'wrong answer',
        got: answer.answer,
        rightInOneClick: clicked,
      });
    }
  }
  const abstained = (category: 'offTopic' | 'unanswerable', questions: readonly string[]) => {
    let count = 0;
    for (const q of questions) {
      const answer = ask(q);
      if (answer.status === 'unknown') count++;
      else misses.push({ category, question: q, outcome: 'answered', got: answer.answer });
    }
    return count;
  };
  const offTopicAbstained = abstained('offTopic', set.offTopic);
  const unanswerableAbstained = abstained('unanswerable', set.unanswerable);
  const rate = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
  return {
    answerable: set.answerable.length,
    correct,
    withinOneClick,
    wrong,
    abstainedOnAnswerable,
    offTopic: set.offTopic.length,
    offTopicAbstained,
    unanswerable: set.unanswerable.length,
    unanswerableAbstained,
    hitAt1: rate(correct, set.answerable.length),
    withinOneClickRate: rate(withinOneClick, set.answerable.length),
    wrongRate: set.answerable.length === 0 ? 0 : wrong / set.answerable.length,
    offTopicAbstentionRate: rate(offTopicAbstained, set.offTopic.length),
    unanswerableAbstentionRate: rate(unanswerableAbstained, set.unanswerable.length),
    misses,
  };
}
