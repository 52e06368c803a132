import { describe, expect, it } from 'vitest';
import { scanEntities } from '../../src/ingest/names.ts';
import { appositiveAfter } from '../../src/ingest/roles.ts';
import { IdAllocator } from '../../src/ingest/slug.ts';
import type { Entity } from '../../src/knowledge/schema.ts';
import { GIVEN_NAMES } from '../support/language.ts';

const KNOWN: Entity[] = [
  {
    id: 'harbour-authority',
    name: 'the Harbour Authority',
    kind: 'organization',
    aliases: ['Harbour Authority', 'port authority', 'Harbour Authority spokeswoman'],
    description: 'Runs the port.',
    citations: [{ passage: 1 }],
  },
];

const namesIn = (text: string, known: Entity[] = []) =>
  scanEntities(
    [{ n: 1, text }],
    known,
    new IdAllocator(known.map((e) => e.id)),
    'Test Outlet',
    GIVEN_NAMES,
  ).entities;

describe('when a name is already in the story', () => {
  it('links it by an alias and keeps its id', () => {
    const [entity] = namesIn('Officials of the Harbour Authority met on Tuesday.', KNOWN);
    expect(entity).toMatchObject({ id: 'harbour-authority', linked: true });
  });

  it('does not link a lowercase alias, which is a description rather than a name', () => {
    expect(namesIn('The port authority met on Tuesday.', KNOWN)).toEqual([]);
  });

  it('does not link an alias buried in a longer name that means someone else', () => {
    const entities = namesIn(
      'The Northern Harbour Authority spokeswoman declined to comment.',
      KNOWN,
    );
    expect(entities.map((e) => e.id)).not.toContain('harbour-authority');
  });
});

describe('when a name is new', () => {
  it('makes a draft entity with an id that does not clash with the story', () => {
    const [entity] = namesIn('Talks with Harbour Authority Board ended.', [
      { ...KNOWN[0], id: 'harbour-authority-board', aliases: [] } as Entity,
    ]);
    expect(entity?.linked).toBe(false);
    expect(entity?.id).not.toBe('harbour-authority-board');
  });

  it('guesses a kind from the words of the name', () => {
    const kinds = Object.fromEntries(
      namesIn(
        'Delegates of the Ministry of Transport met Deputy Minister Lina Farah near Latakia Port, in Egypt.',
      ).map((e) => [e.name, e.kind]),
    );
    expect(kinds).toEqual({
      'Ministry of Transport': 'organization',
      'Lina Farah': 'person',
      'Latakia Port': 'place',
      Egypt: 'country',
    });
  });

  it('does not take a word opening a dateline for a name', () => {
    expect(namesIn('LATAKIA — Negotiators met the Harbour Authority.').map((e) => e.name)).toEqual([
      'Harbour Authority',
    ]);
  });
});

describe('when a name is followed by what it is, set off by commas', () => {
  const roleAfter = (text: string, name: string) =>
    appositiveAfter(text, text.indexOf(name) + name.length);

  it('keeps a number with a thousands comma in the role', () => {
    const text =
      'The case was brought by the Coastal Fisheries Alliance, a federation of some 1,200 fishing families, in 2023.';
    expect(roleAfter(text, 'Alliance')).toBe('a federation of some 1,200 fishing families');
  });

  it('keeps a decimal point in the role', () => {
    const text = 'Sales fell at Brennor Mills, a maker of 2.5-metre looms, last year.';
    expect(roleAfter(text, 'Mills')).toBe('a maker of 2.5-metre looms');
  });

  it('still ends the role at the comma after it', () => {
    const text = 'Okafor, chief executive of Halden Water, said 40,000 homes were affected.';
    expect(roleAfter(text, 'Okafor')).toBe('chief executive of Halden Water');
  });

  it('reads the role after an age up to the verb of saying its closing comma was left out before', () => {
    const text = 'Hamish Orr, 71, a retired fisherman said older residents were worried.';
    expect(roleAfter(text, 'Orr')).toBe('71, a retired fisherman');
  });

  it('still reads no role where the words after an age are the sentence itself', () => {
    const text = 'Ada Penrick, 44, said the lease was over.';
    expect(roleAfter(text, 'Penrick')).toBe('44');
  });
});

describe('when a first name ends like a nationality ("Hamish", like "British")', () => {
  it('keeps it as the first name', () => {
    const names = namesIn('Hamish Orr, 71, a retired fisherman, said the ferry was late.').map(
      (entity) => entity.name,
    );
    expect(names).toContain('Hamish Orr');
  });

  it('still reads "British" before a name as a nationality, not part of the name', () => {
    const names = namesIn('British diplomat Ann Lowe said the talks would resume.').map(
      (entity) => entity.name,
    );
    expect(names).toContain('Ann Lowe');
    expect(names).not.toContain('British');
  });
});
