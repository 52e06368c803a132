import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { sumOwnerFit } from '../../src/engine/sum-owner.ts';
import { foldText, words } from '../../src/engine/text.ts';
import { fixtureStory } from '../eval/stories.ts';

const texts = [
  "Brennan's reported revenue of £6.8 billion in 2024.",
  'The firm made a profit of £210 million on revenue of £6.8 billion.',
  'The chain expects to spend £12 million on the clean-up.',
  null,
];
/** Reads a word as its own term, a plural as its singular: enough for these texts. */
const termsOfWord = (word: string) => [word.replace(/s$/, '')];
const termsOfAnswer = (unit: number) =>
  new Set(words(foldText(texts[unit] ?? '')).flatMap(termsOfWord));
const condition = (question: string) =>
  sumOwnerFit(question, 'money', termsOfWord, (unit) => texts[unit] ?? null, termsOfAnswer);

describe('the condition a sum asked by its measure sets', () => {
  describe('when asked "what was the firm\'s profit"', () => {
    const holds = condition("what was the firm's profit");

    it('holds a sentence whose only sum is the revenue against it', () => {
      expect(holds?.(0)).toBe(false);
    });
    it('takes one saying the profit', () => {
      expect(holds?.(1)).toBe(true);
    });
    it('takes one whose sum it does not say the measure of', () => {
      expect(holds?.(2)).toBe(true);
    });
    it('trusts an answer written for its questions', () => {
      expect(holds?.(3)).toBe(true);
    });
  });

  describe('when asked "what\'s the firm\'s profit", its "\'s" folded away', () => {
    it('holds a sentence whose only sum is the revenue against it', () => {
      expect(condition("what's the firm's profit")?.(0)).toBe(false);
    });
  });

  describe('when asked "what was the turnover"', () => {
    it('takes a sentence saying the revenue, the same measure', () => {
      expect(condition('what was the turnover')?.(0)).toBe(true);
    });
  });

  it.each(['what happened to the share price', 'how much did they lose', 'who paid the fine'])(
    'sets none on "%s"',
    (question) => {
      expect(condition(question)).toBeNull();
    },
  );
});

describe('in the loyalty-card-breach article ingested fresh', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine((await fixtureStory('loyalty-card-breach')).kb);
  });

  describe('when asked "how much profit did brennans report in 2024"', () => {
    it('abstains: the article gives only its revenue', () => {
      expect(engine.ask('how much profit did brennans report in 2024').status).toBe('unknown');
    });
  });

  describe('when asked "what was brennans revenue"', () => {
    it('gives the revenue', () => {
      const answer = engine.ask('what was brennans revenue');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('£6.8 billion');
    });
  });
});
