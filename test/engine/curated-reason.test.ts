import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { bundledStory } from '../support/story.ts';

let curated: StoryEngine;
beforeAll(async () => {
  curated = (await bundledStory()).engine;
});

// The editors wrote "why was bogdanov's visit significant" for the pair on
// the first visit since Assad's removal: it answers a "why" though its
// answer holds no word of cause.
describe('when asked "why was bogdanov\'s trip remarkable"', () => {
  it("tells it was the first visit by a Russian official since Assad's removal", () => {
    const answer = curated.ask("why was bogdanov's trip remarkable");
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('the first visit by a Russian official');
  });
});

// The editors wrote "when was Russia's support for Assad especially
// important" for the pair whose "when" is a moment, not a date: it answers
// a "when" all the same.
describe('when asked "when especially did russia\'s help for assad matter"', () => {
  it('tells it was as rebels advanced towards Damascus', () => {
    const answer = curated.ask("when especially did russia's help for assad matter");
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('rebels advanced towards Damascus');
  });
});

// "How far along are the talks" is one of a pair's own questions, but asks no
// distance: that pair is not trusted with a figure it does not give.
describe('when asked "how far is the moon"', () => {
  it('does not answer with the pair written for how far along the talks are', () => {
    expect(curated.ask('how far is the moon').status).toBe('unknown');
  });
});
