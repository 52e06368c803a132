/**
 * "Chief Inspector Daniel Okafor of Westvale Police": a title, a name and,
 * after "of", the body served. Two names, and the body is part of the role.
 */
import { describe, expect, it } from 'vitest';
import { draftedEntities } from '../support/one-off.ts';

describe('when a titled name is followed by "of" and a body', () => {
  const entities = draftedEntities(
    'Leopard recaptured',
    'Chief Inspector Daniel Okafor of Westvale Police said officers had been prepared to act.',
  );
  const person = entities.find((entity) => entity.kind === 'person');

  it('drafts the person by their own name', () => {
    expect(person?.name).toBe('Daniel Okafor');
  });

  it('gives the title held at that body as the role, cited with it', () => {
    expect(person?.description).toBe('Chief Inspector of Westvale Police');
    expect(person?.citations[0]?.excerpt).toBe('Chief Inspector Daniel Okafor of Westvale Police');
  });

  it('drafts the body as an organization of its own', () => {
    expect(entities.find((entity) => entity.name === 'Westvale Police')?.kind).toBe('organization');
  });
});

describe('when an office is held "of" a town', () => {
  const entities = draftedEntities('Mayor speaks', 'Mayor Tom Lee of Harwick spoke on Monday.');

  it('drafts the town as a place, not a person', () => {
    expect(entities.find((entity) => entity.name === 'Harwick')?.kind).toBe('place');
  });
});

describe('when a body\'s own name holds "of"', () => {
  it('keeps it whole', () => {
    const names = draftedEntities('Rates held', 'The Bank of England held rates on Thursday.').map(
      (entity) => entity.name,
    );
    expect(names).toContain('Bank of England');
  });
});
