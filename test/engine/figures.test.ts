import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { figuresFit, figuresIn } from '../../src/engine/figures.ts';
import { fixtureStory } from '../eval/stories.ts';

describe('the condition a figure in the question sets', () => {
  const texts = [
    'The yield on two-year government bonds rose 12 basis points.',
    'The yield on 10-year bonds fell.',
    'One in eight shifted it by more than four hours.',
    'Turnout was 31.4 per cent, down from 36.9 per cent in 2022.',
  ];
  const fitFor = (question: string) => figuresFit(question, (unit) => figuresIn(texts[unit] ?? ''));

  describe('when asked "what was the 10-year bond yield"', () => {
    it('holds the two-year yield against its answer', () => {
      expect(fitFor('what was the 10-year bond yield')?.(0)).toBe(false);
    });
    it('takes the sentence on 10-year bonds', () => {
      expect(fitFor('what was the 10-year bond yield')?.(1)).toBe(true);
    });
  });

  describe('when asked "how many shifted by more than 4 hours"', () => {
    it('takes the figure spelled out as a word', () => {
      expect(fitFor('how many shifted by more than 4 hours')?.(2)).toBe(true);
    });
  });

  describe('when asked "what was turnout in 2022"', () => {
    it('takes a sentence giving 2022', () => {
      expect(fitFor('what was turnout in 2022')?.(3)).toBe(true);
    });
  });

  it.each(['eli5 whats going on', 'who came 1st', 'what happened'])(
    'sets none on "%s", which names no figure',
    (question) => {
      expect(fitFor(question)).toBeNull();
    },
  );
});

describe('in the rate decision ingested fresh', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine((await fixtureStory('rate-decision')).kb);
  });

  describe('when asked "what was the 10-year bond yield after the decision"', () => {
    it('says the article does not tell, not the two-year yield', () => {
      expect(engine.ask('what was the 10-year bond yield after the decision').status).toBe(
        'unknown',
      );
    });
  });

  describe('when asked "what was the two-year yield after the decision"', () => {
    it('answers with 5.31 percent', () => {
      expect(engine.ask('what was the two-year yield after the decision').answer).toContain('5.31');
    });
  });
});
