import { describe, expect, it } from 'vitest';
import { draftedEntities } from '../support/one-off.ts';
import { quotesOf } from '../support/quotes.ts';

describe('when asked "who said …" of a speaker written with a dotted title', () => {
  it('names the speaker of `"…," Mr. X said`', () => {
    const quotes = quotesOf(
      'Tomas Fell runs the ferry company.',
      '"We sailed on time," Mr. Fell said. "The storm came later."',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Tomas Fell', 'Tomas Fell']);
  });

  it('names the speaker of `"…," said Dr. X, the role`', () => {
    const quotes = quotesOf(
      '"The water is safe to drink," said Dr. Alma Rusk, the county\'s health officer. "Boiling is no longer needed."',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Alma Rusk', 'Alma Rusk']);
    expect(quotes[0]?.role).toBe("the county's health officer");
  });

  it('keeps "Mr." out of the role', () => {
    const [quote] = quotesOf('Tomas Fell runs the ferries.', '"We sailed," Mr. Fell said.');
    expect(quote?.speaker).toBe('Tomas Fell');
    expect(quote?.role ?? '').not.toMatch(/Mr/);
  });
});

describe('when asked "who said …" of a councillor named again as "Cllr X"', () => {
  const paragraphs = [
    "Councillor Rachel Doyle, who chairs the council's audit committee, said the money was there.",
    '"There will be a full review," Cllr Doyle said.',
  ];

  it('names the councillor named in full before', () => {
    expect(quotesOf(...paragraphs).map((q) => q.speaker)).toEqual(['Rachel Doyle']);
  });

  it('drafts no one called "Cllr Doyle", and keeps "Cllr" out of her role', () => {
    const people = draftedEntities(...paragraphs).filter((e) => e.kind === 'person');
    expect(people.map((e) => e.name)).toEqual(['Rachel Doyle']);
    expect(people[0]?.description).toBe("Councillor, chairs the council's audit committee");
  });
});

describe('when a detective is named again with a short title ("Det Insp Fairlie")', () => {
  it('keeps the short title out of the role the article gave in full', () => {
    const [person] = draftedEntities(
      'Detective Inspector Owen Fairlie, who leads the cybercrime unit, said officers were working.',
      'Det Insp Fairlie told the Courier it was too early to say.',
    ).filter((e) => e.kind === 'person');
    expect(person?.description).toBe('Detective Inspector, leads the cybercrime unit');
  });
});

describe('when a captain is named with the post he holds, then again as "Captain X"', () => {
  const paragraphs = [
    "Captain Malik Orrin, Portwell's harbour master, said the channel was closed.",
    'Captain Orrin said a second attempt would follow.',
  ];

  it('gives the post the article names, not the title alone', () => {
    const [person] = draftedEntities(...paragraphs).filter((e) => e.kind === 'person');
    expect(person?.description).toBe("Captain, Portwell's harbour master");
  });
});
