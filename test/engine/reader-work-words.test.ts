import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { loadGeneralLanguage, storyWords } from '../../src/knowledge/general.ts';
import { storyOfPassages } from '../support/story.ts';

/**
 * A workplace story in a reporter's words; readers ask in their own about
 * jobs and money ("fired", "devs", "the gofundme").
 */
const PASSAGES = [
  'The studio announced 120 layoffs on Monday after its publisher withdrew funding.',
  'Colleagues set up a fundraiser that had raised C$71,400 by Tuesday evening.',
  'The developers finished the first game in 2019.',
  'The union representative, Bernard Lacombe, said the studio had broken its promises.',
  'The studio was founded in 2014 in Montreal.',
];

/** A thin story: the ranking alone is looked at, below the usual threshold too. */
let rankedFirst: (question: string) => string;
beforeAll(async () => {
  const bare = storyOfPassages(PASSAGES, { title: 'Studio cuts', scope: 'A studio.' });
  const kb = { ...bare, general: await loadGeneralLanguage(storyWords(bare)) };
  const ranking: StoryEngine = createEngine(kb, { answerThreshold: 0.0001 });
  rankedFirst = (question) => ranking.ask(question).answer;
});

describe('when a reader asks how many were "fired" where the article counts layoffs', () => {
  it('ranks the layoffs first', () => {
    expect(rankedFirst('how many got fired')).toContain('120 layoffs');
  });
});

describe('when a reader says "the gofundme" for the fundraiser', () => {
  it('ranks the fundraiser first', () => {
    expect(rankedFirst('how much did the gofundme make')).toContain('C$71,400');
  });
});

describe('when a reader says "devs" for developers', () => {
  it('ranks what the developers did first', () => {
    expect(rankedFirst('what did the devs do')).toContain('finished the first game');
  });
});
