import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { fixtureStory } from '../eval/stories.ts';

// A season a text dates by ("last summer", "in the spring") answers a
// "when" as a month does.
describe('on an article ingested fresh, a season set in time', () => {
  let charity: StoryEngine;
  let lithium: StoryEngine;
  let sleep: StoryEngine;
  beforeAll(async () => {
    charity = createEngine((await fixtureStory('charity-theft')).kb);
    lithium = createEngine((await fixtureStory('lithium-mine-inquiry')).kb);
    sleep = createEngine((await fixtureStory('weekend-sleep-study')).kb);
  });

  describe('when asked "when did they launch the appeal"', () => {
    it('gives the sentence saying it launched "last summer"', () => {
      const answer = charity.ask('when did they launch the appeal');
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text).toContain('launched last summer');
    });
  });

  describe('when asked "When did the minister call the application in?"', () => {
    it('gives the sentence saying she "called in the application last autumn"', () => {
      const answer = lithium.ask('When did the minister call the application in?');
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text).toContain('last autumn');
    });
  });

  // "Recruit about 600 pupils from the autumn" sets when recruiting starts,
  // and the article leaves open when the committee decides.
  describe('when asked "When will the ethics committee make a decision"', () => {
    it('abstains: "from the autumn" dates nothing the committee does', () => {
      expect(sleep.ask('When will the ethics committee make a decision').status).toBe('unknown');
    });
  });
});
