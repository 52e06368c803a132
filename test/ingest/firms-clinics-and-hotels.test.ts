/**
 * Who's-who drafts that new articles showed wrong: a builder named with its
 * base ("Leeds-based Brackenridge") as a second person, a construction firm,
 * a vets' clinic and a hotel as people or bodies, and a card that said only
 * an age when the person's home town followed it with "from".
 */
import { describe, expect, it } from 'vitest';
import { draftedEntities } from '../support/one-off.ts';

const byName = (...paragraphs: string[]) =>
  new Map(draftedEntities(...paragraphs).map((e) => [e.name, e]));

describe('when a firm is called by where it is based ("Leeds-based Brackenridge")', () => {
  const entities = byName(
    'The university blamed its contractor, Brackenridge Construction, for the delay.',
    'Leeds-based Brackenridge rejected that account.',
  );

  it('links the short name to the firm rather than drafting someone new', () => {
    expect([...entities.keys()]).not.toContain('Leeds-based Brackenridge');
    expect(entities.get('Brackenridge Construction')?.aliases).toContain('Brackenridge');
  });

  it('drafts the construction firm as a body', () => {
    expect(entities.get('Brackenridge Construction')?.kind).toBe('organization');
  });
});

describe('when a vet works at a clinic and students stay at a hotel', () => {
  const entities = byName(
    'Dr Anika Sharma, of Riverside Veterinary Clinic on Mill Lane, said the spaniel was lucky.',
    'Instead, 418 students were taken by coach to three hotels: the Grand Regent on Station Street and the Ashby Park Hotel near the ring road.',
  );

  it('drafts the clinic as a place, not a person', () => {
    expect(entities.get('Riverside Veterinary Clinic')?.kind).toBe('place');
  });

  it('drafts the hotel as a place', () => {
    expect(entities.get('Ashby Park Hotel')?.kind).toBe('place');
  });
});

describe('when an age is followed by where someone is from ("Mr Okafor, 52, from Northampton")', () => {
  it('puts the home town on the card with the age', () => {
    const entities = byName(
      '"We were sold a brand-new building," said Martin Okafor, 52, from Northampton.',
    );
    expect(entities.get('Martin Okafor')?.description).toBe('52, from Northampton');
  });
});

describe('when a given name has a lowercase part after its hyphen ("Min-jun Park")', () => {
  it('keeps the whole name', () => {
    const entities = byName('Korean diplomat Min-jun Park said talks would resume.');
    expect(entities.get('Min-jun Park')?.kind).toBe('person');
  });
});
