import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { monthNamedFit } from '../../src/engine/month-named.ts';
import { fixtureStory } from '../eval/stories.ts';

const texts = [
  'the bank said it had not yet decided whether to begin selling the bonds.',
  'the bank will begin selling the bonds in april.',
  'sales of the bonds begin on 3 sept.',
  null,
];
const condition = (question: string) => monthNamedFit(question, (unit) => texts[unit] ?? null);

describe('the condition a month the question names sets', () => {
  describe('when asked "will they start selling the bonds in april"', () => {
    const holds = condition('will they start selling the bonds in april');

    it('holds a sentence naming no april against it', () => {
      expect(holds?.(0)).toBe(false);
    });
    it('takes the sentence naming april', () => {
      expect(holds?.(1)).toBe(true);
    });
    it('trusts an answer written for its questions', () => {
      expect(holds?.(3)).toBe(true);
    });
  });

  describe('when asked "do sales begin in september"', () => {
    it('takes a sentence writing the month short', () => {
      expect(condition('do sales begin in september')?.(2)).toBe(true);
    });
  });

  it.each([
    'what forced them to scramble after december',
    'may they sell the bonds',
    'will protesters march on the bank',
    'when will they sell the bonds',
  ])('sets none on "%s"', (question) => {
    expect(condition(question)).toBeNull();
  });
});

describe('in the rate-decision article ingested fresh', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine((await fixtureStory('rate-decision')).kb);
  });

  describe('when asked "are they going to sell the bonds in june"', () => {
    it('abstains: the article says only that the bank has not decided', () => {
      expect(engine.ask('are they going to sell the bonds in june').status).toBe('unknown');
    });
  });
});
