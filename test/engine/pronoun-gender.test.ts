/**
 * A question that names nobody but says "he" or "she" points at someone of
 * that gender. Where the article tells of several men, "he" may be any of
 * them, but never its one woman.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { bundledStory } from '../support/story.ts';

let curated: StoryEngine;
beforeAll(async () => {
  curated = (await bundledStory()).engine;
});

describe('when asked "and what did he say", of a story with one woman and several men', () => {
  it('quotes one of the men, not the spokeswoman', () => {
    const answer = curated.ask('and what did he say');
    expect(answer.status).toBe('answered');
    expect(answer.quote?.speaker ?? '').not.toContain('Zakharova');
    expect(`${answer.answer} ${answer.quote?.text ?? ''}`).not.toContain('Zakharova');
  });
});
