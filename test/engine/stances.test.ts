import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { loadGeneralLanguage, storyWords } from '../../src/knowledge/general.ts';
import { storyOfPassages } from '../support/story.ts';

/**
 * A short story where someone takes a stand on a claim ("disputed",
 * "rejected"), each beside a twin sentence that differs in that word alone,
 * asked about in the reader's words of agreeing ("did they agree", "do they
 * accept"): only the stance words standing in for each other tell the twins
 * apart.
 */
const PASSAGES = [
  'The union blamed a shortage of midwives for the closure.',
  'The trust disputed the union account of the shortage.',
  'The trust published the union account of the shortage.',
  'The contractor rejected the airline report on the missed checks.',
  'The contractor received the airline report on the missed checks.',
  'Patients accept longer journeys to the other hospital.',
];

/** Every sentence is a candidate: the specs look at what is ranked first, and by how much. */
let ranking: StoryEngine;
beforeAll(async () => {
  const bare = storyOfPassages(PASSAGES, {
    title: 'A maternity unit closes',
    scope: 'Local health news.',
  });
  const kb = { ...bare, general: await loadGeneralLanguage(storyWords(bare)) };
  ranking = createEngine(kb, { answerThreshold: 0.0001 });
});

/** The answer ranked first and how far it leads any other fact. */
const ranked = (question: string) => ({
  answer: ranking.ask(question).answer,
  lead: ranking.explainDecision(question)?.lead ?? 0,
  exact: ranking.explainDecision(question)?.typedHeld ?? 0,
});

/** Ahead of its twin, which shares every other word of the question. */
const CLEAR_LEAD = 1.05;

describe('when asked "did the trust agree with the union account of the shortage"', () => {
  it('ranks the sentence saying the trust disputed it clearly first', () => {
    const { answer, lead } = ranked('did the trust agree with the union account of the shortage');
    expect(answer).toContain('The trust disputed');
    expect(lead).toBeGreaterThan(CLEAR_LEAD);
  });
});

describe('when asked "does the contractor accept the airline report", the story saying "accept" elsewhere', () => {
  it('ranks the sentence saying the contractor rejected it clearly first', () => {
    const { answer, lead } = ranked('does the contractor accept the airline report');
    expect(answer).toContain('The contractor rejected');
    expect(lead).toBeGreaterThan(CLEAR_LEAD);
  });

  it('still reads "accept" itself as the story writes it', () => {
    expect(ranked('do patients accept longer journeys').answer).toContain('Patients accept');
  });
});
