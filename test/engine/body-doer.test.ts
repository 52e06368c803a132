import { beforeAll, describe, expect, it } from 'vitest';
import { plainStory } from '../support/plain-story.ts';

/**
 * A council's week: bodies do what the news reports ("the council
 * suspended", "the trust cancelled"), beside a person named by role.
 */
const PASSAGES = [
  'Westmoor City Council suspended the bike hire scheme on Friday after a string of crashes.',
  'The bike hire scheme, launched by the mayor in 2021, has 300 bikes across the city.',
  'The hospital trust cancelled 400 operations during the strike, its figures show.',
  'Operations were led by the chief surgeon, who has worked at the hospital for 20 years.',
  'The council leader said the vote had been the hardest of her career.',
  'The new parking charges will take effect on 1 May, the council said.',
];

let story: Awaited<ReturnType<typeof plainStory>>;
beforeAll(async () => {
  story = await plainStory(PASSAGES, { title: 'A council week', scope: 'Local news of one week.' });
});

describe('when asked "who suspended the bike hire scheme"', () => {
  it('answers with the council that suspended it, not the mayor who launched it', () => {
    expect(story.answerTo('who suspended the bike hire scheme')).toContain(
      'Westmoor City Council suspended the bike hire scheme',
    );
  });
});

describe('when asked "who cancelled the operations"', () => {
  it('ranks first the trust that cancelled them, not the surgeon who led them', () => {
    expect(story.rankedFirst('who cancelled the operations')).toContain(
      'The hospital trust cancelled 400 operations',
    );
  });
});

describe('when asked "who is the council leader"', () => {
  it('does not take the council doing a deed for a person', () => {
    expect(story.rankedFirst('who is the council leader')).toContain('The council leader said');
  });
});

describe('when asked who "pulled the plug on" the scheme', () => {
  it("answers with the council that suspended it, the reader's phrase read as the article's verb", () => {
    expect(story.answerTo('who pulled the plug on the bike hire scheme')).toContain(
      'Westmoor City Council suspended the bike hire scheme',
    );
  });
});
