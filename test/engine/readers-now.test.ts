/**
 * The reader's own evening and habits (`src/engine/analyzer.ts`, `small-talk.ts`):
 * "who's streaming tonight" is not answered by a quote that says "tonight",
 * nor "how much water should i drink a day" by a notice that told people not
 * to drink their water for four days; the story's own questions in the same
 * words still ask the article.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { fixtureStory } from '../eval/stories.ts';

let boil: StoryEngine;
beforeAll(async () => {
  boil = createEngine((await fixtureStory('boil-notice-ecoli')).kb);
}, 60_000);

describe('when a reader asks the channel "who\'s streaming tonight"', () => {
  it('abstains, though a quote of the article says "tonight"', () => {
    for (const q of ["who's streaming tonight", 'what are we watching tonight']) {
      expect(boil.ask(q).status, q).toBe('unknown');
    }
  });

  it('still answers what was said about tonight', () => {
    expect(boil.ask('what did she say about tonight').status).toBe('answered');
  });
});

describe('when a reader asks "how much water should i drink a day"', () => {
  it('abstains: no article is written to say how much of something a reader should do each day', () => {
    expect(boil.ask('how much water should i drink a day').status).toBe('unknown');
  });

  it('still reads the article\'s own amounts ("how much water did the company deliver")', () => {
    expect(boil.explain('how much water did the company deliver').length).toBeGreaterThan(0);
  });
});
