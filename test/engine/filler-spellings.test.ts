import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { plainStory } from '../support/plain-story.ts';

/** A committee's week; readers spell its filler words short ("b4", "til"). */
const PASSAGES = [
  'The committee voted to keep the rate at 5.5 percent before the announcement.',
  'The next appointment is six weeks away, he said.',
  'Around 60 protesters gathered outside the building before the meeting.',
];

let engine: StoryEngine;
beforeAll(async () => {
  ({ engine } = await plainStory(PASSAGES, {
    title: 'A committee week',
    scope: 'Local news of one week.',
  }));
});

describe('when a reader writes "b4" for "before"', () => {
  it('leaves no word of the question unexplained, as "before" would', () => {
    expect(engine.explainDecision('how many protesters gathered b4 the meeting')).toMatchObject({
      unexplained: 0,
      strange: 0,
    });
  });
});

describe('when a reader writes "til" for "until"', () => {
  it('leaves no word of the question unexplained, as "until" would', () => {
    expect(engine.explainDecision('how long til the next appointment')).toMatchObject({
      unexplained: 0,
      strange: 0,
    });
  });
});
