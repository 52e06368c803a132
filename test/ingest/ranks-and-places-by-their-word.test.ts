/**
 * A rank whose first word is no title ("Station Manager") still goes before
 * the name it is held by; a name ending on a word of places ("Marine Parade",
 * "Tarrant Halt") is a place, and so is its first word alone where it opens
 * one such place's name only; and whoever a quote is said by
 * is no place, though the surname is a word of places ("Helen Marsh").
 */
import { describe, expect, it } from 'vitest';
import { draftedEntities, draftedQuotes } from '../support/one-off.ts';

const entityCalled = (name: string, ...paragraphs: string[]) =>
  draftedEntities(...paragraphs).find((e) => e.name === name);

describe('when "Station Manager Dawn Okafor of Severnvale Fire and Rescue Service" speaks', () => {
  const paragraph =
    'Station Manager Dawn Okafor of Severnvale Fire and Rescue Service said the dry conditions had let the fire spread quickly.';

  it('drafts Dawn Okafor, the rank and the service she serves her role', () => {
    const okafor = entityCalled('Dawn Okafor', paragraph);
    expect(okafor?.kind).toBe('person');
    expect(okafor?.description).toBe('Station Manager of Severnvale Fire and Rescue Service');
  });

  it('drafts the whole fire and rescue service as one body', () => {
    expect(entityCalled('Severnvale Fire and Rescue Service', paragraph)?.kind).toBe(
      'organization',
    );
  });
});

describe('when the service is set off by commas ("Gareth Lowe, of … Rescue Service,")', () => {
  it('still makes it part of the rank', () => {
    expect(
      entityCalled(
        'Gareth Lowe',
        'Station Manager Gareth Lowe, of Brackenshire Fire and Rescue Service, said crews had moved 27 people.',
      )?.description,
    ).toBe('Station Manager of Brackenshire Fire and Rescue Service');
  });
});

describe('when a quote is "said Helen Marsh, the insurer\'s head of claims"', () => {
  const paragraph =
    '"We will look at this claim fairly," said Helen Marsh, the insurer\'s head of claims.';

  it('drafts a person, not a marsh', () => {
    expect(entityCalled('Helen Marsh', paragraph)?.kind).toBe('person');
  });

  it('gives her the quote', () => {
    expect(draftedQuotes(paragraph)[0]?.speaker).toBe('helen-marsh');
  });
});

describe('when names end on a word of places', () => {
  it.each([
    ['Tarrant Halt', 'The railway runs a seven-mile line between Ashcombe and Tarrant Halt.'],
    ['Marine Parade', 'The wheel at the end of Marine Parade came to a halt at 6.42pm.'],
    ['Quayside Ground', "The clubs were discussing a switch to Stourmouth's Quayside Ground."],
  ])('drafts %s a place', (name, paragraph) => {
    expect(entityCalled(name, paragraph)?.kind).toBe('place');
  });
});

describe('when "Haverleigh General Hospital" is named, then "Haverleigh" alone', () => {
  it('drafts the short name a place too, not someone', () => {
    expect(
      entityCalled(
        'Haverleigh',
        'The driver was taken to Haverleigh General Hospital.',
        '"We expect the line between Marlbridge and Haverleigh to stay closed until Saturday."',
      )?.kind,
    ).toBe('place');
  });
});

describe('when "HM Coastguard" is named', () => {
  it('drafts a body', () => {
    expect(
      entityCalled(
        'HM Coastguard',
        'Paul Drury, a senior officer for HM Coastguard, said volunteers cleared the promenade.',
      )?.kind,
    ).toBe('organization');
  });
});
