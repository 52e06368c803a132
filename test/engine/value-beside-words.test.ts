import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { DECISION } from '../../src/engine/tuning.ts';
import { fixtureStory } from '../eval/stories.ts';

describe("on an article ingested fresh, a value of the kind asked beside two of the reader's words", () => {
  let bridge: StoryEngine;
  let sewage: StoryEngine;
  beforeAll(async () => {
    bridge = createEngine((await fixtureStory('bridge-closure')).kb);
    sewage = createEngine((await fixtureStory('sewage-fine')).kb);
  });

  describe('when asked "how many arches does the old bridge have in total"', () => {
    it('gives the sentence counting "five arches", though it holds other figures', () => {
      const answer = bridge.ask('how many arches does the old bridge have in total');
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text).toContain('five arches');
      expect(answer.confidence).toBeLessThan(DECISION.answerThreshold);
    });
  });

  describe('when asked "how much do they have to pay in legal costs on top"', () => {
    it('gives the sum written beside "pay" and "costs", two words of the question unsaid', () => {
      const answer = sewage.ask('how much do they have to pay in legal costs on top');
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text).toContain('£1.3 million in prosecution costs');
      expect(answer.confidence).toBeLessThan(DECISION.answerThreshold);
    });
  });

  describe('when asked "how much do lawyers charge in legal costs"', () => {
    it("abstains: the sentence holds one word of the reader's as typed", () => {
      expect(sewage.ask('how much do lawyers charge in legal costs').status).toBe('unknown');
    });
  });
});
