/**
 * A word in a fixed phrase keeps none of its own sense ("they agreed in
 * advance"): general English's `fixedPhrases` are read as filler in the
 * story's text and in questions alike.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { fixtureStory } from '../eval/stories.ts';

let milk: StoryEngine;
beforeAll(async () => {
  milk = createEngine((await fixtureStory('milk-price-fixing')).kb);
}, 60_000);

describe('when a reader asks "can i get an advance on my paycheck"', () => {
  it('abstains on a story that says only that prices were "agreed in advance"', () => {
    expect(milk.ask('can i get an advance on my paycheck').status).toBe('unknown');
  });
});

describe('when a reader asks what the processors agreed in advance', () => {
  it('still answers with the sentence saying what they agreed', () => {
    const answer = milk.ask('what did they agree in advance');
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('how little they would pay');
  });
});
