import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { presentValueFit } from '../../src/engine/present-value.ts';
import { fixtureStory } from '../eval/stories.ts';

const texts = [
  'Its shares fell 3.1 per cent on Monday after the investigation was announced.',
  'Her main pledge is a £1.50 cap on single bus fares across the city.',
  'Its shares fell 3 per cent to 245p on Monday.',
  'A single bus fare costs £2.40.',
  null,
];
const condition = (question: string) => presentValueFit(question, (unit) => texts[unit] ?? null);

describe('the condition a question after what something costs now sets', () => {
  describe('when asked "what is the share price now"', () => {
    const holds = condition('what is the share price now');

    it('holds a sentence telling only how the shares moved against it', () => {
      expect(holds?.(0)).toBe(false);
    });
    it('holds a pledge of what something would cost against it', () => {
      expect(holds?.(1)).toBe(false);
    });
    it('takes a move that says where it took the price', () => {
      expect(holds?.(2)).toBe(true);
    });
    it('takes a sentence saying what it costs', () => {
      expect(holds?.(3)).toBe(true);
    });
    it('trusts an answer written for its questions', () => {
      expect(holds?.(4)).toBe(true);
    });
  });

  it.each([
    "what's the current bus fare",
    'how much does a ticket cost right now',
    'what are shares worth at the moment',
  ])('sets one on "%s"', (question) => {
    expect(condition(question)).not.toBeNull();
  });

  it.each([
    'how much did the shares fall',
    'what did she pledge on bus fares',
    'where is assad now',
    'is the dalen stronger or weaker now',
  ])('sets none on "%s"', (question) => {
    expect(condition(question)).toBeNull();
  });
});

describe('in the loyalty-card breach article ingested fresh', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine((await fixtureStory('loyalty-card-breach')).kb);
  });

  describe('when asked "what is brennans share price now"', () => {
    it('does not answer with how far the shares fell: the article gives no price', () => {
      expect(engine.ask('what is brennans share price now').status).toBe('unknown');
    });
  });

  describe('when asked "how much did brennans shares fall"', () => {
    it('still gives the fall', () => {
      const answer = engine.ask('how much did brennans shares fall');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('3.1 per cent');
    });
  });
});

describe('in the by-election article ingested fresh', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine((await fixtureStory('kessington-by-election')).kb);
  });

  describe('when asked "what is the current bus fare"', () => {
    it("does not answer with the winner's pledge of a fare cap", () => {
      expect(engine.ask('what is the current bus fare').status).toBe('unknown');
    });
  });
});
