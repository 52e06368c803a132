import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { fixtureStory } from '../eval/stories.ts';

describe("on an article ingested fresh, the reader's word for the sentence's own verb", () => {
  let landslide: StoryEngine;
  let lab: StoryEngine;
  let charity: StoryEngine;
  let cup: StoryEngine;
  beforeAll(async () => {
    cup = createEngine((await fixtureStory('cup-semi')).kb);
    landslide = createEngine((await fixtureStory('landslide-repair')).kb);
    lab = createEngine((await fixtureStory('trial-lab-suspended')).kb);
    charity = createEngine((await fixtureStory('charity-theft')).kb);
  });

  describe('when asked "when was the last time a smaller slip shut the road"', () => {
    it('gives the sentence saying the slip "closed" the road: "shut" is explained by it', () => {
      const answer = landslide.ask('when was the last time a smaller slip shut the road');
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text).toContain('In February 2023 a smaller slip closed the same road');
      expect(
        landslide.explainDecision('when was the last time a smaller slip shut the road'),
      ).toMatchObject({
        unexplained: 1,
      });
    });
  });

  describe('when asked "Who will help Carrow with the inquiry?"', () => {
    it('gives the sentence saying who "supported" her', () => {
      const answer = lab.ask('Who will help Carrow with the inquiry?');
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text).toContain('supported by two statisticians');
    });
  });

  describe('when asked "how much did the audi sell for"', () => {
    it('abstains: no verb of the article says the sale', () => {
      expect(charity.ask('how much did the audi sell for').status).not.toBe('answered');
    });
  });

  describe('when asked "when did world war 2 end" of a football story', () => {
    it('abstains: the sentence\'s "second-placed" stands beside no word the reader typed nor the date asked', () => {
      expect(cup.ask('when did world war 2 end').status).not.toBe('answered');
    });
  });
});
