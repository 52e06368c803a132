import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { DECISION } from '../../src/engine/tuning.ts';
import { fixtureStory } from '../eval/stories.ts';

describe("on an article ingested fresh, a day or span beside the reader's own word", () => {
  let loyalty: StoryEngine;
  let teachers: StoryEngine;
  let orchestra: StoryEngine;
  let kessington: StoryEngine;
  let flood: StoryEngine;
  beforeAll(async () => {
    loyalty = createEngine((await fixtureStory('loyalty-card-breach')).kb);
    teachers = createEngine((await fixtureStory('teachers-strike')).kb);
    orchestra = createEngine((await fixtureStory('orchestra-tour')).kb);
    kessington = createEngine((await fixtureStory('kessington-by-election')).kb);
    flood = createEngine((await fixtureStory('harlow-falls-flood')).kb);
  });

  describe('when asked "when was the FreshPoints scheme launched"', () => {
    it('gives the sentence saying the scheme launched in 2019, though it holds back other facts of the scheme', () => {
      const answer = loyalty.ask('when was the FreshPoints scheme launched');
      expect(answer.status).toBe('answered');
      expect(answer.confidence).toBeLessThan(DECISION.answerThreshold);
      expect(answer.quote?.text).toContain('since the scheme launched in 2019');
    });
  });

  describe('when asked "how long has brandt been teaching in the district"', () => {
    it('gives the span written beside "taught" and "district", however many figures the sentence gives', () => {
      const answer = teachers.ask('how long has brandt been teaching in the district');
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text).toContain('has taught in the district for 14 years');
    });
  });

  describe('when asked "when did the orchestra announce the cancellation"', () => {
    it('does not give the year of the last, earlier cancellation', () => {
      const answer = orchestra.ask('when did the orchestra announce the cancellation');
      expect(answer.quote?.text ?? '').not.toContain('last cancelled a tour in 2020');
    });
  });

  describe('when asked "when was the civic reform alliance founded"', () => {
    it("abstains: the day beside the party's name lies in another clause, the day of the vote", () => {
      const answer = kessington.ask('when was the civic reform alliance founded');
      expect(answer.status).toBe('unknown');
    });
  });

  describe('when asked "When will the power be back on?"', () => {
    it('abstains: only "back" stands beside the day, and the power is never said', () => {
      const answer = flood.ask('When will the power be back on?');
      expect(answer.status).toBe('unknown');
    });
  });
});
