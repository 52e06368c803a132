import type { QuestionEvent } from '../../src/question-log/events.ts';

/** A question the engine did not answer, as a transport records it; `more` overrides any field. */
export function unansweredEvent(
  question: string,
  more: Partial<QuestionEvent> = {},
): QuestionEvent {
  return {
    question,
    guildId: null,
    source: 'console',
    outcome: 'unknown',
    unit: null,
    confidence: 0.1,
    suggestions: [],
    alternatives: [],
    ...more,
  };
}
