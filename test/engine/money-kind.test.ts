import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { fixtureStory } from '../eval/stories.ts';

describe('on an article ingested fresh, "how much money" answered by a sum', () => {
  let outage: StoryEngine;
  beforeAll(async () => {
    outage = createEngine((await fixtureStory('mobile-network-outage')).kb);
  });

  describe('when asked "how much money did the coffee seller lose"', () => {
    it('gives the sum he lost: the sum says "money" as it says "cost"', () => {
      const answer = outage.ask('how much money did the coffee seller lose');
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text).toContain('£600');
    });
  });
});
