import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { loadGeneralLanguage, storyWords } from '../../src/knowledge/general.ts';
import { storyOfPassages } from '../support/story.ts';

/** Two sentences on one bridge: only the reader's wish tells them apart. */
const PASSAGES = [
  'The council rebuilt the bridge.',
  'Residents said the council wants to rebuild the bridge again in the spring.',
];

let ranking: StoryEngine;
beforeAll(async () => {
  const bare = storyOfPassages(PASSAGES, { title: 'A bridge', scope: 'One bridge.' });
  const kb = { ...bare, general: await loadGeneralLanguage(storyWords(bare)) };
  ranking = createEngine(kb, { answerThreshold: 0.0001 });
});

describe('when a reader writes "wanna" for "want to"', () => {
  it('ranks the sentence saying what the council wants first', () => {
    expect(ranking.ask('does the council wanna rebuild the bridge').answer).toContain(
      'wants to rebuild',
    );
  });
});
