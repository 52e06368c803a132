import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { DECISION } from '../../src/engine/tuning.ts';
import { fixtureStory } from '../eval/stories.ts';

describe('on an article ingested fresh, a "how many" counted in the article\'s own noun', () => {
  let syrup: StoryEngine;
  let theft: StoryEngine;
  let water: StoryEngine;
  let airline: StoryEngine;
  beforeAll(async () => {
    syrup = createEngine((await fixtureStory('cough-syrup-recall')).kb);
    theft = createEngine((await fixtureStory('charity-theft')).kb);
    water = createEngine((await fixtureStory('halden-boil-water')).kb);
    airline = createEngine((await fixtureStory('airline-grounding')).kb);
  });

  describe('when asked "how many ppl work at the plant"', () => {
    it('gives the one sentence counting people, "ppl" read as "people"', () => {
      const answer = syrup.ask('how many ppl work at the plant');
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text).toContain('the 400 people who work here');
      expect(answer.confidence).toBeLessThan(DECISION.answerThreshold);
    });

    it('reads the count as alone in the explanation of the decision', () => {
      expect(syrup.explainDecision('how many ppl work at the plant')?.countAlone).toBe(true);
    });
  });

  describe('when asked "how many charges was it"', () => {
    it('gives "one count of fraud": a reader\'s "charges" are the article\'s counts', () => {
      const answer = theft.ask('how many charges was it');
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text).toContain('one count of fraud');
    });
  });

  describe('when asked "how many planes did they hire from another company"', () => {
    it('takes "two aircraft" as a count of planes', () => {
      const features = airline.explainDecision(
        'how many planes did they hire from another company',
      );
      expect(features?.fitsAll).toBe(true);
    });
  });

  describe('when asked "how many people live in port halden total"', () => {
    it('abstains: the one count of people there is of hospital patients, and "live" is unsaid', () => {
      expect(water.ask('how many people live in port halden total').status).toBe('unknown');
    });
  });
});
