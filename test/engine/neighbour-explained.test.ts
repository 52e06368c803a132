import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { loadGeneralLanguage, storyWords } from '../../src/knowledge/general.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { storyOfPassages } from '../support/story.ts';

/**
 * A story that uses the reader's "jury" and "first" elsewhere than in the
 * sentence answering, which says "verdict" and "last" instead.
 */
const PASSAGES = [
  'The verdict followed nearly 11 hours of deliberation over three days.',
  'The jury heard from twelve witnesses during the trial.',
  'The last hearing was held in March at the crown court.',
  'The first witness was a planning officer from the council.',
];

let engine: StoryEngine;
beforeAll(async () => {
  const bare = storyOfPassages(PASSAGES);
  const kb: KnowledgeBase = { ...bare, general: await loadGeneralLanguage(storyWords(bare)) };
  engine = createEngine(kb);
});

describe('when asked "how long did the jury deliberate"', () => {
  it('weighs the sentence on the deliberation, which says "verdict" for the jury', () => {
    expect(engine.explain('how long did the jury deliberate', 1)[0]?.title).toMatch(/^The verdict/);
  });

  it('leaves no word unexplained: "verdict" lies close to "jury" in news text', () => {
    expect(engine.explainDecision('how long did the jury deliberate')?.unexplained).toBe(0);
  });
});

describe('when asked "when was the first hearing"', () => {
  it('does not read the sentence on the last hearing as saying "first"', () => {
    const decision = engine.explainDecision('when was the first hearing');
    expect(engine.explain('when was the first hearing', 1)[0]?.title).toMatch(/^The last hearing/);
    // Everyday words lie close to their opposites ("first", "last"): none explains another.
    expect(decision?.unexplained).toBe(1);
  });
});
