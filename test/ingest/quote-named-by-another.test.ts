/**
 * A quote that someone other than the sentence's first speaker names
 * something by ("…, which Mr Tillett described as "the thin end of the
 * wedge"") is that person's words.
 */
import { describe, expect, it } from 'vitest';
import { draftedEntities, draftedQuotes } from '../support/one-off.ts';

const PARAGRAPHS = [
  'Graham Tillett, 71, the tower captain, said the bells would ring on Sunday.',
  'Liam Hargreaves, 38, a resident, said his letter had asked for practice to end at 8.30pm, which Mr Tillett described as "the thin end of the wedge".',
];

describe('when a quote follows "which Mr Tillett described as"', () => {
  const ids = new Map(draftedEntities(...PARAGRAPHS).map((e) => [e.name, e.id]));
  const quote = draftedQuotes(...PARAGRAPHS).find((q) => q.text.includes('thin end'));

  it('gives the words to the man who described it so', () => {
    expect(quote?.speaker).toBe(ids.get('Graham Tillett'));
  });
});

describe('when a speaker calls something by words of their own', () => {
  it('still gives them to the one who said them', () => {
    const paragraphs = ['Aled Price, the winning candidate, called the result "a historic night".'];
    const ids = new Map(draftedEntities(...paragraphs).map((e) => [e.name, e.id]));
    const quote = draftedQuotes(...paragraphs).find((q) => q.text.includes('historic'));
    expect(quote?.speaker).toBe(ids.get('Aled Price'));
  });
});
