import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { bundledStory } from '../support/story.ts';

let curated: StoryEngine;
beforeAll(async () => {
  curated = (await bundledStory()).engine;
});

// "Kinds" is as much filler as "kind": "what kinds of bases" asks for the
// bases, not for the gap pair written for "what kinds of weapons".
describe('when asked "what kinds of bases does russia operate"', () => {
  it('names the air base and the naval base', () => {
    const answer = curated.ask('what kinds of bases does russia operate');
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('air base');
  });
});

// "Every" is as much filler as "all" and "each": "list every place" asks for
// the places, and the story's "every" is no word of theirs.
describe('when asked "list every place the article mentions"', () => {
  it('lists the places', () => {
    const answer = curated.ask('list every place the article mentions');
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('Damascus');
  });
});
