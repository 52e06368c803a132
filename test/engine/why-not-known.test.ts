import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { fixtureStory } from '../eval/stories.ts';

// A sentence saying that why something happened is not known is the honest
// answer to a "why" the article leaves open, though it spells no cause.
describe('in the boil-notice-ecoli article ingested fresh', () => {
  let ecoli: StoryEngine;
  beforeAll(async () => {
    ecoli = createEngine((await fixtureStory('boil-notice-ecoli')).kb);
  });

  describe('when asked "why did some people not get a text until wednesday?"', () => {
    it('tells it remains unclear why some residents received no text alert until then', () => {
      const answer = ecoli.ask('why did some people not get a text until wednesday?');
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text).toContain('unclear');
      expect(answer.quote?.text).toContain('no text alert until Wednesday morning');
    });
  });
});
