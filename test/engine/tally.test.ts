import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { tallyFit } from '../../src/engine/tally.ts';
import { fixtureStory } from '../eval/stories.ts';

const texts = [
  'Councillor Ames voted against the budget.',
  'The council voted 9-2 to approve the budget.',
  'The motion passed by seven votes to four.',
  null,
];
const condition = (question: string) => tallyFit(question, (unit) => texts[unit] ?? null);

describe('the condition a question after how a count came out sets', () => {
  describe('when asked "what was the vote"', () => {
    const holds = condition('what was the vote');

    it('holds a sentence telling how one member voted against it', () => {
      expect(holds?.(0)).toBe(false);
    });
    it('takes a sentence giving the count', () => {
      expect(holds?.(1)).toBe(true);
      expect(holds?.(2)).toBe(true);
    });
    it('trusts an answer written for its questions', () => {
      expect(holds?.(3)).toBe(true);
    });
  });

  it.each(['vote split?', "what's the final score", 'how did the council vote'])(
    'sets one on "%s"',
    (question) => {
      expect(condition(question)).not.toBeNull();
    },
  );

  it.each(['what was the vote about', 'how did ames vote', 'who voted against the budget'])(
    'sets none on "%s"',
    (question) => {
      expect(condition(question)).toBeNull();
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
});
