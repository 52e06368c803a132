import { describe, expect, it } from 'vitest';
import { quotesOf } from '../support/quotes.ts';

describe('when a relative is introduced as "Mr Harwood\'s daughter, Claire Benning,"', () => {
  const paragraphs = [
    'Peter Harwood, 78, died in an ambulance. Joan Pryce, who chairs the campaign group, said it would keep going. "We will not stop," she said.',
    'Mr Harwood\'s daughter, Claire Benning, told the Herald the family wanted answers so that no other family "has to wonder". She added: "Dad was a proud man."',
  ];

  it('credits her with the quote her own sentence reports', () => {
    expect(quotesOf(...paragraphs)[1]?.speaker).toBe('Claire Benning');
  });

  it('gives her the "she" that follows, not a woman quoted earlier', () => {
    expect(quotesOf(...paragraphs)[2]?.speaker).toBe('Claire Benning');
  });

  it('gives her the relation as her role', () => {
    expect(quotesOf(...paragraphs)[2]?.role).toBe("Mr Harwood's daughter");
  });
});

describe('when the sentence naming a relative opens on a phrase of its own', () => {
  it('gives the "she" to the sister who spoke, not to a man quoted before', () => {
    const quotes = quotesOf(
      'Daniel Okafor, 34, died at the scene. "There was no way through," PC Martin Hale said.',
      'Speaking outside court, Mr Okafor\'s sister, Grace Okafor, said the family had waited for answers. "He loved cycling," she said. "We want a crossing."',
    );
    expect(quotes.slice(1).map((q) => q.speaker)).toEqual(['Grace Okafor', 'Grace Okafor']);
  });
});
