/**
 * Who's-who drafts and quotes that new articles showed wrong: a pub's name of
 * two words joined by "and" cut in two (one half a person), a road's number
 * drafted as a body, what a child calls a parent as a place, a family called by
 * its surname as a body, a card cut short at a body's possessive, a relative's
 * noun missing from a card, and a road sign's words taken for a quote.
 */
import { describe, expect, it } from 'vitest';
import { draftedEntities, draftedQuotes } from '../support/one-off.ts';

const byName = (...paragraphs: string[]) =>
  new Map(draftedEntities(...paragraphs).map((e) => [e.name, e]));

describe('when a pub is named "the Fox and Goose"', () => {
  const entities = byName(
    'Drinkers at the Fox and Goose, the town’s oldest pub, signed a petition on Friday.',
  );

  it('drafts one place of the whole name', () => {
    expect(entities.get('Fox and Goose')?.kind).toBe('place');
  });

  it('drafts no one called "Goose"', () => {
    expect([...entities.keys()]).not.toContain('Goose');
  });
});

describe('when two bodies are named with "and" after "the"', () => {
  it('keeps the army and the navy apart', () => {
    const entities = byName('Both the Army and Navy sent divers to the harbour on Monday.');
    expect([...entities.keys()]).not.toContain('Army and Navy');
  });

  it('keeps the Sun and Earth apart', () => {
    const entities = byName('The probe sits between the Sun and Earth, said Dr Ilse Varga.');
    expect([...entities.keys()]).not.toContain('Sun and Earth');
  });
});

describe('when a road is called by its number ("the A612")', () => {
  it('drafts it as a place, not a body', () => {
    const entities = byName('Traffic was sent along the A612 while the bridge was checked.');
    expect(entities.get('A612')?.kind).toBe('place');
  });
});

describe('when a child says "I ran to tell Dad"', () => {
  it('drafts no one and nowhere called "Dad"', () => {
    const entities = byName('“I ran to tell Dad straight away,” said Poppy Trent, 9.');
    expect([...entities.keys()]).not.toContain('Dad');
  });
});

describe('when a family is called by its surname ("the Okorie family" is "the Okories")', () => {
  it('drafts no body of the plural', () => {
    const entities = byName(
      'Grace Okorie, 38, said the offer had come out of the blue.',
      'A dealer later offered the Okories £2,000 for the coin.',
    );
    expect([...entities.keys()]).not.toContain('Okories');
  });
});

describe('when a title is held at a part of a named body ("of Wessex Police’s dog unit")', () => {
  it('puts the whole unit on the card', () => {
    const entities = byName(
      'Sergeant Alan Brook of Wessex Police’s dog unit said the search had been called off.',
    );
    expect(entities.get('Alan Brook')?.description).toBe('Sergeant of Wessex Police’s dog unit');
  });
});

describe('when someone is introduced as a relative ("Grace Okorie, 38, Tom’s mother")', () => {
  it('puts whose relative she is on the card with her age', () => {
    const entities = byName(
      'Tom Okorie found the coin on Saturday.',
      'Grace Okorie, 38, Tom’s mother, said the family had not decided anything.',
    );
    expect(entities.get('Grace Okorie')?.description).toBe('38, Tom’s mother');
  });
});

describe('when a sign\'s words are quoted ("the "ROAD CLOSED" sign")', () => {
  const quotes = draftedQuotes(
    'Rhys Varney, the council’s highways manager, said its records showed the "ROAD CLOSED" sign had been put out at 7am.',
  );

  it('takes the sign’s words for no one’s quote', () => {
    expect(quotes.map((q) => q.text)).not.toContain('ROAD CLOSED');
  });

  it('still takes a quoted phrase someone used ("a "full review" of")', () => {
    const used = draftedQuotes(
      'Rhys Varney, the council’s highways manager, promised a "full review" of the closures.',
    );
    expect(used.map((q) => q.text)).toContain('full review');
  });
});
