import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { loadGeneralLanguage, storyWords } from '../../src/knowledge/general.ts';
import { storyOfPassages } from '../support/story.ts';

/** A council story naming months in full, as a reader never types them. */
const PASSAGES = [
  'The council approved the new budget in January after a long debate.',
  'Bus fares rose by 12 percent in February, the transport authority said.',
  'The library will reopen in September once repairs to its roof are finished.',
  'Residents protested outside the town hall against the closure of two parks.',
];

let ranking: StoryEngine;
beforeAll(async () => {
  const bare = storyOfPassages(PASSAGES, {
    title: 'A council roundup',
    scope: 'Local council news.',
  });
  const kb = { ...bare, general: await loadGeneralLanguage(storyWords(bare)) };
  ranking = createEngine(kb, { answerThreshold: 0.0001 });
});

describe('when a reader shortens a month ("jan", "feb", "sept")', () => {
  it('reads it as the month the article writes in full', () => {
    expect(ranking.ask('what happened in jan').answer).toContain('budget');
    expect(ranking.ask('what went up in feb').answer).toContain('fares');
    expect(ranking.ask('whats opening in sept').answer).toContain('library');
  });
});
