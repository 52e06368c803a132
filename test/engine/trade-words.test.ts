import { beforeAll, describe, expect, it } from 'vitest';
import { plainStory } from '../support/plain-story.ts';

/**
 * A high street's week: the article names the trade ("bakery"),
 * readers whoever plies it ("the baker"), which WordNet
 * links neither way.
 */
const PASSAGES = [
  'Elsie Brandt, who owns a bakery on Marrow Street, said she had spent about $600 on bottled water.',
  'The council will meet the traders on Thursday to discuss parking.',
  'Water was restored to most homes by Saturday evening.',
];

let answerTo: (question: string) => string;
beforeAll(async () => {
  ({ answerTo } = await plainStory(PASSAGES, { title: 'High street week', scope: 'Local news.' }));
});

describe('when a reader says "the baker" where the article says "a bakery"', () => {
  it('answers with what the bakery owner spent', () => {
    expect(answerTo('how much has the baker spent on water')).toContain('$600');
  });
});
