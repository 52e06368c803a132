import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { loadGeneralLanguage, storyWords } from '../../src/knowledge/general.ts';
import { storyOfPassages } from '../support/story.ts';

/**
 * A short story in plain news words ("established", "ended", "called
 * off"), each beside a twin sentence that differs in that word alone, asked
 * about in readers' multi-word verbs ("set up", "ran out") or in the word
 * the article's own multi-word verb stands for ("cancelled"): only WordNet's
 * multi-word verbs tell the twins apart.
 */
const PASSAGES = [
  'The shop lease was signed in 2004.',
  'The shop lease ended in 2019.',
  'The spring festival drew record crowds.',
  'The summer festival was called off after the storm.',
  'Two nurses opened the charity shop in 2005.',
  'The charity was established in 1998 by two nurses.',
];

/** Every sentence is a candidate: the specs look at what is ranked first, and by how much. */
let ranking: StoryEngine;
beforeAll(async () => {
  const bare = storyOfPassages(PASSAGES, {
    title: 'A charity shop and its festivals',
    scope: 'Local news of a charity.',
  });
  const kb = { ...bare, general: await loadGeneralLanguage(storyWords(bare)) };
  ranking = createEngine(kb, { answerThreshold: 0.0001 });
});

/** The answer ranked first and how far it leads any other fact. */
const ranked = (question: string) => ({
  answer: ranking.ask(question).answer,
  lead: ranking.explainDecision(question)?.lead ?? 0,
  standIns: ranking.explainDecision(question)?.standInHeld ?? 0,
});

/** Clearly ahead of its twin, not ahead by a shorter sentence's luck. */
const CLEAR_LEAD = 1.3;

describe('when asked "when did the nurses set up the charity"', () => {
  it('ranks the sentence saying it was established clearly first', () => {
    const { answer, lead } = ranked('when did the nurses set up the charity');
    expect(answer).toContain('established in 1998');
    expect(lead).toBeGreaterThan(CLEAR_LEAD);
  });
});

describe('when asked "when did the shop lease run out"', () => {
  it('ranks the sentence saying it ended clearly first', () => {
    const { answer, lead } = ranked('when did the shop lease run out');
    expect(answer).toContain('The shop lease ended in 2019');
    expect(lead).toBeGreaterThan(CLEAR_LEAD);
  });

  it('reads "ran out" as the same verb', () => {
    expect(ranked('when did the shop lease ran out').standIns).toBe(1);
  });
});

describe('when asked "which festival was cancelled" of an article saying "called off"', () => {
  it('ranks the festival called off clearly first', () => {
    const { answer, lead } = ranked('which festival was cancelled');
    expect(answer).toContain('called off after the storm');
    expect(lead).toBeGreaterThan(CLEAR_LEAD);
  });
});
