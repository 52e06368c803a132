import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { fixtureStory } from '../eval/stories.ts';

describe('on an article ingested fresh, a role asked in the reader’s own words', () => {
  let bus: StoryEngine;
  let mine: StoryEngine;
  let club: StoryEngine;
  let factory: StoryEngine;
  beforeAll(async () => {
    bus = createEngine((await fixtureStory('rural-bus-cuts')).kb);
    mine = createEngine((await fixtureStory('lithium-mine-inquiry')).kb);
    club = createEngine((await fixtureStory('club-takeover')).kb);
    factory = createEngine((await fixtureStory('factory-fire')).kb);
  });

  describe('when asked "who is the boss of the coach company"', () => {
    it('names the managing director: "boss" stands in for the article’s formal role', () => {
      const answer = bus.ask('who is the boss of the coach company');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toMatch(/^Martin Okafor \(/);
    });
  });

  describe('when asked "who\'s the spokesperson for the company"', () => {
    it('names the spokeswoman, not the paper she "told"', () => {
      const answer = mine.ask("who's the spokesperson for the company");
      expect(answer.status).toBe('answered');
      expect(answer.answer).toMatch(/^Priya Castell \(Halden spokeswoman\) — /);
    });
  });

  describe('when asked "who\'s the club chair that defended the sale"', () => {
    it('names the chairman, the club before his name being whose chairman he is', () => {
      const answer = club.ask("who's the club chair that defended the sale");
      expect(answer.status).toBe('answered');
      expect(answer.answer).toMatch(/^Geoffrey Hale \(Rovers chairman\) — /);
    });
  });

  describe('when asked "who\'s the boss of ashworth & pell"', () => {
    it('does not name the council leader quoted on the firm: her role is the council’s', () => {
      const answer = factory.ask("who's the boss of ashworth & pell");
      expect(answer.answer).not.toMatch(/^Margaret Hillier/);
    });
  });
});
