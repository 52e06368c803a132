import { beforeAll, describe, expect, it } from 'vitest';
import { demonymPairs } from '../../src/engine/demonyms.ts';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { loadGeneralLanguage, storyWords } from '../../src/knowledge/general.ts';
import { storyOfPassages } from '../support/story.ts';

/** A story that names a country and writes its adjective elsewhere, with no lexicon to link them. */
const PASSAGES = [
  'Kestria began supplying the northern army with fuel in 2015.',
  'The northern army ran short of fuel in March.',
  'The median household income in the port has fallen, local media reported.',
];

/** A thin story: what is ranked first matters here, below the usual threshold too. */
const RANKING = { answerThreshold: 0.3 };

let engine: StoryEngine;
beforeAll(async () => {
  const bare = storyOfPassages(PASSAGES);
  engine = createEngine({ ...bare, general: await loadGeneralLanguage(storyWords(bare)) }, RANKING);
});

describe('when a story names a country and also writes its adjective', () => {
  it('pairs the name with its adjective, never a dictionary word with another', () => {
    const pairs = demonymPairs(new Set(['kestria', 'kestrian', 'media', 'median', 'via', 'vian']));
    expect(pairs).toEqual([['kestria', 'kestrian']]);
  });

  describe('when asked "who sent the army kestrian fuel"', () => {
    it('reads the adjective as the country the article names', () => {
      const answer = engine.ask('who sent the army kestrian fuel');
      expect(answer.answer).toContain('Kestria began supplying the northern army');
    });
  });
});
