/**
 * Things named after people or with people's names are not drafted as
 * people: a lock or a spit named with a possessive ("Cobb's Lock"), a boat
 * named after its noun ("the tug Carrow Bull", "her boat, Kestrel,", "a
 * narrowboat called Kestrel") or its length ("The 89-metre…"), a car or a
 * piano of a make ("a used Range Rover"); a body after any of the nouns
 * bodies are called by ("the state operator Aquavel").
 */
import { describe, expect, it } from 'vitest';
import { draftedEntities } from '../support/one-off.ts';

const entity = (name: string, ...paragraphs: string[]) =>
  draftedEntities(...paragraphs).find((e) => e.name === name);

describe('when a lock is named with a possessive ("Cobb\'s Lock")', () => {
  const paragraphs = [
    "By 6am the level between Tanner's Bridge and Cobb's Lock had fallen by almost a metre.",
  ];

  it('drafts one place of the whole name', () => {
    expect(entity("Cobb's Lock", ...paragraphs)?.kind).toBe('place');
  });

  it('drafts no person "Lock"', () => {
    expect(entity('Lock', ...paragraphs)).toBeUndefined();
  });
});

describe('when a spit of sand is named with a possessive ("Shepherd\'s Spit")', () => {
  it('drafts one place of the whole name', () => {
    expect(
      entity("Shepherd's Spit", "The freighter ran aground on Shepherd's Spit late on Monday.")
        ?.kind,
    ).toBe('place');
  });
});

describe('when a boat is named set off after "her boat,"', () => {
  it('drafts the boat as a thing, not a person', () => {
    expect(
      entity(
        'Kestrel',
        'Jane Roe, 58, who has lived on her boat, Kestrel, for ten years, said the water fell overnight.',
      )?.kind,
    ).toBe('product');
  });
});

describe('when a narrowboat is "called" by a name', () => {
  it('drafts the boat as a thing, not a person', () => {
    expect(
      entity('Kestrel', 'Residents of a narrowboat called Kestrel were woken at 3am.')?.kind,
    ).toBe('product');
  });
});

describe('when a name follows "the tug" or "the trawler"', () => {
  const paragraphs = [
    'The crew of the tug Carrow Bull tried twice to pull the ship free.',
    'Dougie Farrant, 61, who skippers the trawler Morning Star, said the boats had lost a week.',
  ];

  it('drafts the tug as a thing', () => {
    expect(entity('Carrow Bull', ...paragraphs)?.kind).toBe('product');
  });

  it('drafts the trawler as a thing', () => {
    expect(entity('Morning Star', ...paragraphs)?.kind).toBe('product');
  });
});

describe('when a name follows a length ("The 89-metre Nordlys Spruce")', () => {
  it('drafts the thing measured, not a person', () => {
    expect(
      entity('Nordlys Spruce', 'The 89-metre Nordlys Spruce ran aground late on Monday.')?.kind,
    ).toBe('product');
  });
});

describe('when a street or an estate ends on "Walk" or "Meadows"', () => {
  const paragraphs = [
    'He was hit by a scooter on Corn Street, near the junction with Abbey Walk.',
    'The complaints came from Millbrook Meadows, a development of 240 homes near the church.',
  ];

  it('drafts the street as a place', () => {
    expect(entity('Abbey Walk', ...paragraphs)?.kind).toBe('place');
  });

  it('drafts the estate as a place', () => {
    expect(entity('Millbrook Meadows', ...paragraphs)?.kind).toBe('place');
  });
});

describe('when a make follows "a used" or "like a"', () => {
  it('drafts a car of the make as a thing, not a person', () => {
    expect(
      entity(
        'Range Rover',
        'Prosecutors said Pellow received cash, a used Range Rover and a paid holiday.',
      )?.kind,
    ).toBe('product');
  });

  it('drafts a piano of the make as a thing, not a person', () => {
    expect(
      entity('Steinway', '"He could make a pub piano sound like a Steinway," she said.')?.kind,
    ).toBe('product');
  });

  it('still drafts the body a spokeswoman speaks "for" as a body', () => {
    expect(
      entity(
        'North Valley Power',
        'Jenna Li, a spokeswoman for North Valley Power, said power would return by Friday.',
      )?.kind,
    ).toBe('organization');
  });
});

describe('when a shop is called by its name and "a small convenience shop"', () => {
  it('drafts a body, not a person', () => {
    expect(
      entity(
        'Mini Mart',
        "The ticket was bought at Okafor's Mini Mart, a small convenience shop on Fenwick Road.",
      )?.kind,
    ).toBe('organization');
  });
});

describe('when a name follows "the state operator"', () => {
  it('drafts a body, as after "the firm"', () => {
    expect(
      entity(
        'Aquavel',
        'Ana Brenn, chief engineer at the state operator Aquavel, said two turbines were running.',
      )?.kind,
    ).toBe('organization');
  });
});
