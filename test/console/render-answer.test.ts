import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { renderAnswer } from '../../src/render/text/answer.ts';
import { bundledStory } from '../support/story.ts';

let engine: StoryEngine;
beforeAll(async () => {
  ({ engine } = await bundledStory());
});

const plainText = { color: false };

describe('when the console shows a question the article leaves open', () => {
  it('says so, quotes what the article does say with its paragraph, and suggests more', () => {
    const answer = engine.ask('when exactly was the tartous lease terminated');
    expect(answer.status).toBe('unknown');
    const shown = renderAnswer(answer, plainText);
    expect(shown).toContain(answer.answer);
    expect(shown).toContain(`> ${answer.quote?.text}`);
    expect(shown).toContain(`¶${answer.citation?.passage}`);
    expect(shown).toMatch(/Try asking:/);
    expect(shown).not.toMatch(/Match:/);
  });
});

describe('when the console shows an off-topic question', () => {
  it('shows no quote at all', () => {
    const shown = renderAnswer(engine.ask('how do I bake bread'), plainText);
    expect(shown).not.toMatch(/^ {2}> /m);
    expect(shown).toMatch(/Try asking:/);
  });
});
