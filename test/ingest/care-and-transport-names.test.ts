/**
 * Who's-who drafts that new articles showed wrong: a reader's card that said
 * only an age, a sergeant's card without his unit, "most Fridays" as a person,
 * homes, restaurants and bus and train operators as people or places, and a
 * firm called by its first word as a person.
 */
import { describe, expect, it } from 'vitest';
import { draftedEntities } from '../support/one-off.ts';

const byName = (...paragraphs: string[]) =>
  new Map(draftedEntities(...paragraphs).map((e) => [e.name, e]));

describe('when a relative is introduced by age and "whose" ("Jane Okafor, 54, whose mother Dorothy…")', () => {
  const entities = byName(
    'Jane Okafor, 54, whose mother Dorothy has lived at the home for four years, said she learned of the closure from a letter.',
  );

  it('says on her card whose she is, not only her age', () => {
    expect(entities.get('Jane Okafor')?.description).toBe(
      '54, whose mother Dorothy has lived at the home for four years',
    );
  });
});

describe('when "whose" follows a place a person is from ("a surveyor from Leeds, whose wife fell ill")', () => {
  it('does not give the place the clause', () => {
    const entities = byName(
      '"It was awful," said Gordon Pyle, 67, a retired surveyor from Leeds, whose wife fell ill on the fourth night.',
    );
    expect(entities.get('Leeds')?.description).not.toMatch(/^whose/);
  });
});

describe('when a titled officer serves a unit written in lowercase ("Sergeant Owen Tallis of the force\'s roads policing unit")', () => {
  it('puts the unit on his card', () => {
    const entities = byName(
      '"The driver was lucky to walk away," said Sergeant Owen Tallis of the force\'s roads policing unit.',
    );
    expect(entities.get('Owen Tallis')?.description).toBe(
      "Sergeant of the force's roads policing unit",
    );
  });
});

describe('when a weekday is written in the plural ("most Fridays")', () => {
  it('drafts no one called Fridays', () => {
    const entities = byName(
      'Joan Peverell, 71, who said she had eaten there most Fridays for 20 years, said she would go back.',
    );
    expect([...entities.keys()]).not.toContain('Fridays');
  });
});

describe('when a home, a restaurant and transport operators are named', () => {
  const entities = byName(
    'Hollybank House, a 52-bed home on Station Road, will close in April.',
    'Trattoria Beltrami, on Abbey Street, was inspected on Tuesday, and Marco Beltrami said he was let down.',
    'Valley Link Trains said replacement buses were running, and tickets are accepted on Westmarch Buses routes.',
  );

  it('drafts the home a place, not a person', () => {
    expect(entities.get('Hollybank House')?.kind).toBe('place');
  });

  it('drafts the restaurant a body, and leaves its owner his surname', () => {
    expect(entities.get('Trattoria Beltrami')?.kind).toBe('organization');
    expect(entities.get('Marco Beltrami')?.aliases).toContain('Beltrami');
  });

  it('drafts the train and bus operators bodies', () => {
    expect(entities.get('Valley Link Trains')?.kind).toBe('organization');
    expect(entities.get('Westmarch Buses')?.kind).toBe('organization');
  });
});

describe('when a firm is called by the first word of its name ("Brightwater\'s managing director")', () => {
  it('drafts the short name a body, not a person', () => {
    const entities = byName(
      'The home is run by Brightwater Care Group.',
      "Gareth Pryce, Brightwater's managing director, said the decision was forced on it by costs.",
      'The council pays Brightwater about £840 a week for each resident.',
    );
    expect(entities.get('Brightwater')?.kind).toBe('organization');
  });
});
