import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { AnswerTypes } from '../../src/engine/intent.ts';
import { fixtureStory } from '../eval/stories.ts';
import { LANGUAGE } from '../support/language.ts';

const types = new AnswerTypes(LANGUAGE.cues);

describe('when a question asks how a count came out', () => {
  describe('when asked "what was the vote"', () => {
    it('wants a tally', () => {
      expect(types.need('what was the vote')).toBe('tally');
    });
    it('holds a sentence telling how one member voted against it', () => {
      expect(types.canAnswer('tally', 'Councillor Ames voted against the budget.')).toBe(false);
    });
    it('takes a sentence giving the count, in figures or in words', () => {
      expect(types.canAnswer('tally', 'The council voted 9-2 to approve the budget.')).toBe(true);
      expect(types.canAnswer('tally', 'The motion passed by seven votes to four.')).toBe(true);
    });
  });

  it.each([
    'vote split?',
    "what's the final score",
    'how did the council vote',
    'was the vote unanimous',
    'did they vote unanimously?',
  ])('wants a tally on "%s"', (question) => {
    expect(types.need(question)).toBe('tally');
  });

  it.each(['what was the vote about', 'how did ames vote', 'who voted against the budget'])(
    'wants none on "%s"',
    (question) => {
      expect(types.need(question)).not.toBe('tally');
    },
  );
});

describe('in the rate-decision article ingested fresh', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine((await fixtureStory('rate-decision')).kb);
  });

  describe('when asked "what was the vote"', () => {
    it('gives the committee’s count, not the dissenter’s vote', () => {
      const answer = engine.ask('what was the vote');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('6-1');
    });
  });

  describe('when asked "was the vote unanimous y/n"', () => {
    it('gives the count that shows it was not', () => {
      const answer = engine.ask('was the vote unanimous y/n');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('6-1');
    });
  });
});
