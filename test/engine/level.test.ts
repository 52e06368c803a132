import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { levelFit } from '../../src/engine/level.ts';
import { fixtureStory } from '../eval/stories.ts';

const texts = [
  'The council raised parking charges four times between 2019 and 2023.',
  'The council raised the parking charge by 50p on Monday, to £3.20 an hour.',
  null,
];
const condition = (question: string) => levelFit(question, (unit) => texts[unit] ?? null);

describe('the condition a question after the level something was moved to sets', () => {
  describe('when asked "what did they raise the charge to"', () => {
    const holds = condition('what did they raise the charge to');

    it('holds a sentence saying only that it was raised against it', () => {
      expect(holds?.(0)).toBe(false);
    });
    it('takes the sentence giving the level it was raised to', () => {
      expect(holds?.(1)).toBe(true);
    });
    it('trusts an answer written for its questions', () => {
      expect(holds?.(2)).toBe(true);
    });
  });

  it.each([
    'what was the charge raised to?',
    'how high did the charge go to',
    'what have they cut the speed limit to',
  ])('sets one on "%s"', (question) => {
    expect(condition(question)).not.toBeNull();
  });

  describe('when asked "by how much did they raise the charge"', () => {
    const holds = condition('by how much did they raise the charge');

    it('holds a sentence not saying by how much against it', () => {
      expect(holds?.(0)).toBe(false);
    });
    it('takes the sentence giving the size of the rise', () => {
      expect(holds?.(1)).toBe(true);
    });
  });

  it.each([
    'why did they raise the charge',
    'what did they raise the charge for',
    'who did they talk to',
    'what did the council want to do',
  ])('sets none on "%s"', (question) => {
    expect(condition(question)).toBeNull();
  });
});

describe('in the rate-decision article ingested fresh', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine((await fixtureStory('rate-decision')).kb);
  });

  describe('when asked "by how much did they raise it"', () => {
    it('gives the size of the rise, not how often rates were raised before', () => {
      const answer = engine.ask('by how much did they raise it');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('by a quarter of a percentage point');
    });
  });

  describe('when asked "what did they raise the rate to"', () => {
    it('gives the new rate, not how often rates were raised before', () => {
      const answer = engine.ask('what did they raise the rate to');
      const shown = `${answer.answer} ${answer.quote?.text ?? ''}`;
      expect(shown).not.toContain('eight times');
      expect(answer.status).toBe('answered');
      expect(shown).toContain('to 5.75 percent');
    });
  });
});
