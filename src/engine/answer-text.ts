import type { AnswerUnit } from './units.ts';

/** What a unit answers with: its answer and the article's words behind it. */
export function answerTextOf(unit: AnswerUnit): string {
  switch (unit.kind) {
    case 'qa': {
      // Every check of every question weighing a pair reads it: joined once.
      let text = pairTexts.get(unit);
      if (text === undefined) {
        text = [unit.pair.answer, ...unit.pair.citations.map((c) => c.excerpt ?? '')].join(' ');
        pairTexts.set(unit, text);
      }
      return text;
    }
    case 'entity':
      return unit.entity.description;
    case 'sentence':
      return unit.sentence.text;
  }
}

/** Each pair's {@link answerTextOf}, joined once; keyed by the unit, so it lives as long as its engine. */
const pairTexts = new WeakMap<AnswerUnit, string>();
