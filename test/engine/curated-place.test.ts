import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { bundledStory } from '../support/story.ts';

let curated: StoryEngine;
beforeAll(async () => {
  curated = (await bundledStory()).engine;
});

// The editors' pair on what prompted Zakharova's statement shares "made" and
// "comment" with the question, but none of its own questions asks where and
// its answer gives no place: it does not answer a "where".
describe('when asked "where did zakharova make these comments"', () => {
  it('tells she spoke during a briefing, not what she was asked', () => {
    const answer = curated.ask('where did zakharova make these comments');
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('briefing');
  });
});

describe('when asked "where did assad flee to"', () => {
  it("still names Moscow, the place an editors' pair gives", () => {
    const answer = curated.ask('where did assad flee to');
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('Moscow');
  });
});
