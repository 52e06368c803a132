/**
 * A couple named as news English names one ("Julian and Harriet Penrose")
 * is two people of one family, and what a given name says of a man or a
 * woman tells whose quote a "Mr", "Mrs" or "she" hands on where the article
 * says nothing else.
 */
import { describe, expect, it } from 'vitest';
import { draftedEntities, draftedQuotes } from '../support/one-off.ts';

const COUPLE = [
  'The claim is disputed by the hotel’s owners, Julian and Harriet Penrose, who bought it in 2014.',
  'In a statement on Wednesday, Mr Penrose said a buyer had been "days from exchange".',
  '"We did everything we could," Mrs Penrose said.',
];

const speakerOf = (quotes: ReturnType<typeof draftedQuotes>, words: string) =>
  quotes.find((q) => q.text.includes(words))?.speaker;

describe('when an article names a couple, "Julian and Harriet Penrose"', () => {
  const entities = new Map(draftedEntities(...COUPLE).map((e) => [e.name, e]));

  it('drafts each of them under the family name', () => {
    expect([...entities.keys()]).toEqual(
      expect.arrayContaining(['Julian Penrose', 'Harriet Penrose']),
    );
    expect([...entities.keys()]).not.toContain('Julian');
  });

  it("gives both the role set off before them, the hotel's owners", () => {
    expect(entities.get('Julian Penrose')?.description).toContain('the hotel’s owners');
    expect(entities.get('Harriet Penrose')?.description).toContain('the hotel’s owners');
  });

  it('gives "Mr Penrose" his quote and "Mrs Penrose" hers', () => {
    const quotes = draftedQuotes(...COUPLE);
    expect(speakerOf(quotes, 'days from exchange')).toBe(entities.get('Julian Penrose')?.id);
    expect(speakerOf(quotes, 'everything we could')).toBe(entities.get('Harriet Penrose')?.id);
  });
});

describe('when a place and a person are joined by "and" ("Westbury and Harriet Penrose")', () => {
  it('makes no Penrose of the place', () => {
    const names = draftedEntities(
      'Visitors from Westbury and Harriet Penrose, the hotel’s owner, met on Friday.',
    ).map((e) => e.name);
    expect(names).not.toContain('Westbury Penrose');
  });
});

describe('when a new speaker\'s "she said" follows another woman\'s quotes', () => {
  const paragraphs = [
    'The council’s archaeologist, Helen Marchetti, disagreed. She said the dig would take "at least four months".',
    'Margaret Ellery, 72, a local historian, said the site might solve an old puzzle. A tax record from 1340 lists a hamlet called "Brakenbi Parva", thought abandoned after the Black Death. "People have been looking in the wrong valley," she said.',
  ];

  it('gives the quote to the woman the paragraph brings in', () => {
    const entities = new Map(draftedEntities(...paragraphs).map((e) => [e.name, e]));
    const quotes = draftedQuotes(...paragraphs);
    expect(speakerOf(quotes, 'wrong valley')).toBe(entities.get('Margaret Ellery')?.id);
  });
});
