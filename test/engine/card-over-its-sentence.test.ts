/**
 * "What does priya do for work" asks only who she is: the sentence that
 * gives her role word for word, as her card has it, answers as the card
 * would; and "where does Dr Fenwick work" is answered by her card.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { fixtureStory } from '../eval/stories.ts';

let engine: StoryEngine;
beforeAll(async () => {
  engine = createEngine((await fixtureStory('zoo-leopard-escape')).kb);
});

describe('when asked "what does priya do for work" of the zoo story', () => {
  it('answers with the sentence giving her role', () => {
    const answer = engine.ask('what does priya do for work');
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('Priya Dhanoa, a nurse');
  });
});

describe('when asked what she said', () => {
  it('still answers with her words', () => {
    expect(engine.ask('what did priya say about being told what was going on').answer).toContain(
      'Nobody told us',
    );
  });
});

describe('when asked "where does Dr Fenwick work" of the zoo story', () => {
  it('answers with her card, which says where she works', () => {
    const answer = engine.ask('where does Dr Fenwick work');
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('Ruth Fenwick — a big cat specialist at the University');
  });
});
