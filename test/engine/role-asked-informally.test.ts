import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { fixtureStory } from '../eval/stories.ts';

describe('on an article ingested fresh, a role asked in the reader’s own words', () => {
  let bus: StoryEngine;
  let mine: StoryEngine;
  let club: StoryEngine;
  let factory: StoryEngine;
  let hosepipe: StoryEngine;
  let loyalty: StoryEngine;
  let teachers: StoryEngine;
  let council: StoryEngine;
  beforeAll(async () => {
    council = createEngine((await fixtureStory('council-ransomware')).kb);
    teachers = createEngine((await fixtureStory('teachers-strike')).kb);
    hosepipe = createEngine((await fixtureStory('hosepipe-ban')).kb);
    loyalty = createEngine((await fixtureStory('loyalty-card-breach')).kb);
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

  describe('when asked "who is the water company\'s director quoted"', () => {
    it('gives her card: her quotes ranked first one after another are one answer, not rivals', () => {
      const answer = hosepipe.ask("who is the water company's director quoted");
      expect(answer.status).toBe('answered');
      expect(answer.answer).toMatch(/Helen Marsh — Thornvale Water's director of water resources/);
    });
  });

  describe('when asked "who\'s the president of the chess club"', () => {
    it('abstains: the association’s president is no chess club’s, "chess" being the point', () => {
      expect(teachers.ask("who's the president of the chess club").status).toBe('unknown');
    });
  });

  describe('when asked "who is the head commissioner"', () => {
    it('abstains: the one commissioner the article names is a deputy', () => {
      expect(loyalty.ask('who is the head commissioner').status).toBe('unknown');
    });
  });

  describe('when asked "who is the head of the teachers group"', () => {
    it('names the association’s president: "head of" stands in for the article’s title, written beside her name', () => {
      const answer = teachers.ask('who is the head of the teachers group');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toMatch(/^Dana Okafor \(president of /);
    });
  });

  describe('when asked "who\'s the cyber security expert in the article"', () => {
    it('names the lecturer: an academic quoted in the news is quoted as its expert', () => {
      const answer = council.ask("who's the cyber security expert in the article");
      expect(answer.status).toBe('answered');
      expect(answer.answer).toMatch(/Hannah Mirza — a lecturer in cyber security/);
    });
  });
});
