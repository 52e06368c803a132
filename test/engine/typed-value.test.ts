import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { DECISION } from '../../src/engine/tuning.ts';
import { fixtureStory } from '../eval/stories.ts';

describe('on an article ingested fresh, one value of the kind asked beside the thing asked about', () => {
  let loyalty: StoryEngine;
  let teachers: StoryEngine;
  let landslide: StoryEngine;
  let maternity: StoryEngine;
  beforeAll(async () => {
    loyalty = createEngine((await fixtureStory('loyalty-card-breach')).kb);
    teachers = createEngine((await fixtureStory('teachers-strike')).kb);
    landslide = createEngine((await fixtureStory('landslide-repair')).kb);
    maternity = createEngine((await fixtureStory('maternity-unit')).kb);
  });

  describe('when asked "how long is the free ID monitoring for"', () => {
    it('gives the sentence whose one span, "12 months", is of the monitoring', () => {
      const answer = loyalty.ask('how long is the free ID monitoring for');
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text).toContain('12 months of free identity monitoring');
      expect(answer.confidence).toBeLessThan(DECISION.answerThreshold);
    });
  });

  describe('when asked "how much will fixing the slope and the road cost"', () => {
    it('gives the one sum, said beside "the road"', () => {
      const answer = landslide.ask('how much will fixing the slope and the road cost');
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text).toContain('£3.4 million');
    });
  });

  describe('when asked "ok so roughly how many teachers actually walked off"', () => {
    it('gives the one count, written before the teachers it counts', () => {
      const answer = teachers.ask('ok so roughly how many teachers actually walked off');
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text).toContain('1,850 teachers');
    });
  });

  describe('when asked "how much water should i drink a day"', () => {
    it('abstains: "my waters break at three in the morning" counts no water', () => {
      expect(maternity.ask('how much water should i drink a day').status).toBe('unknown');
    });
  });
});

describe('on an article ingested fresh, a time beside a verb of beginning', () => {
  let exam: StoryEngine;
  beforeAll(async () => {
    exam = createEngine((await fixtureStory('exam-paper-leak')).kb);
  });

  describe('when asked "does anyone know what time the stream starts"', () => {
    it('abstains: "starting at 9 a.m." is tied to "starts", which says which moment, not which thing, and the stream is never mentioned', () => {
      expect(exam.ask('does anyone know what time the stream starts').status).toBe('unknown');
    });
  });

  describe('when asked "what time do they start the resit"', () => {
    it("still gives the start time: every word left unsaid is the story's own", () => {
      const answer = exam.ask('what time do they start the resit');
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text).toContain('starting at 9 a.m.');
    });
  });
});
