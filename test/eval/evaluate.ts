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
}

export interface EvalReport {
  answerable: number;
  correct: number;
  wrong: number;
  abstainedOnAnswerable: number;
  offTopic: number;
  offTopicAbstained: number;
  unanswerable: number;
  unanswerableAbstained: number;
  hitAt1: number;
  offTopicAbstentionRate: number;
  unanswerableAbstentionRate: number;
  misses: EvalMiss[];
}

/** An answer is right when its text or its verbatim quote holds one of the expected facts. */
export function holdsExpectedFact(answer: Answer, expected: readonly string[]): boolean {
  const said = `${answer.answer}\n${answer.quote?.text ?? ''}`.toLowerCase().replace(/[’‘]/g, "'");
  return expected.some((fact) => said.includes(fact.toLowerCase().replace(/[’‘]/g, "'")));
}

/** Runs every question of the set through `ask` and counts what went right. */
export function evaluate(set: EvalSet, ask: (question: string) => Answer): EvalReport {
  const misses: EvalMiss[] = [];
  let correct = 0;
  let wrong = 0;
  let abstainedOnAnswerable = 0;
  for (const { q, expect } of set.answerable) {
    const answer = ask(q);
    if (answer.status === 'unknown') {
      abstainedOnAnswerable++;
      misses.push({
        category: 'answerable',
        question: q,
        outcome: 'abstained',
        got: answer.suggestions[0] ?? '',
      });
    } else if (holdsExpectedFact(answer, expect)) {
      correct++;
    } else {
      wrong++;
      misses.push({
        category: 'answerable',
        question: q,
        outcome: 'wrong answer',
        got: answer.answer,
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
    wrong,
    abstainedOnAnswerable,
    offTopic: set.offTopic.length,
    offTopicAbstained,
    unanswerable: set.unanswerable.length,
    unanswerableAbstained,
    hitAt1: rate(correct, set.answerable.length),
    offTopicAbstentionRate: rate(offTopicAbstained, set.offTopic.length),
    unanswerableAbstentionRate: rate(unanswerableAbstained, set.unanswerable.length),
    misses,
  };
}
