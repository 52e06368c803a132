import { beforeAll, describe, expect, it } from 'vitest';
import { words } from '../../src/engine/text.ts';
import { plainStory } from '../support/plain-story.ts';

describe('when a text writes a sum with a currency sign', () => {
  it('reads the sign as the currency\'s name ("€48,000" as euros)', () => {
    expect(words('fined €48,000 over')).toEqual(['fined', 'euro', '48', '000', 'over']);
    expect(words('worth ¥4.2 billion')).toEqual(['worth', 'yen', '4', '2', 'billion']);
    expect(words('£86,412 from')).toEqual(['pound', '86', '412', 'from']);
  });

  it('reads a dollar with its country ("C$38 million" as canadian dollars)', () => {
    expect(words('about C$38 million')).toEqual(['about', 'canadian', 'dollar', '38', 'million']);
    expect(words('US$5 million')).toEqual(['usa', 'dollar', '5', 'million']);
  });

  it('leaves a sign before no figure alone ("the $ sign")', () => {
    expect(words('the $ sign')).toEqual(['the', 'sign']);
  });
});

/** A studio's funding in three currencies; readers ask by the currency's name. */
const PASSAGES = [
  'The studio signed a three-game agreement with a Tokyo publisher worth ¥4.2 billion.',
  'The studio had spent C$38 million on the first two games.',
  'The winery was fined €48,000 after the inspection.',
  'The studio employs 210 people in Montreal.',
];

let answerTo: (question: string) => string;
beforeAll(async () => {
  ({ answerTo } = await plainStory(PASSAGES, { title: 'Studio funding', scope: 'Money.' }));
});

describe('when a reader asks for a sum in euros where the article writes €', () => {
  it('answers with the fine', () => {
    expect(answerTo('how much was the fine in euros')).toContain('€48,000');
  });
});

describe('when a reader asks for canadian dollars where the article writes C$', () => {
  it('answers with the sum spent', () => {
    expect(answerTo('how much did the studio spend in canadian dollars')).toContain('C$38 million');
  });
});
