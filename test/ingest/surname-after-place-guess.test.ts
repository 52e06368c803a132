/**
 * A person whose surname is also a place word ("Marsh") is drafted a place
 * until a role says otherwise; by then a later "Ms Marsh" has made a draft of
 * its own. Readers ask after "Marsh" and "Ms Marsh" as the article calls her.
 */
import { describe, expect, it } from 'vitest';
import { draftedEntities } from '../support/one-off.ts';

const ARTICLE = [
  'Zoo shut after leopard escape',
  '"This was the most serious incident in our history," said Helen Marsh, the zoo\'s chief executive, on Tuesday.',
  'Ms Marsh declined to say whether staff had been suspended.',
  'Marsh said the review would report in 12 weeks.',
];

describe('when "Ms Marsh" follows "Helen Marsh, the zoo\'s chief executive"', () => {
  const people = draftedEntities(...ARTICLE).filter((entity) => entity.kind === 'person');

  it('drafts one person, not a second one called Marsh', () => {
    expect(people.map((person) => person.name)).toEqual(['Helen Marsh']);
  });

  it('gives her the surname and the titled name as aliases', () => {
    expect(people[0]?.aliases).toEqual(expect.arrayContaining(['Marsh', 'Ms Marsh']));
  });

  it('cites every passage that names her', () => {
    expect(people[0]?.citations.map((citation) => citation.passage)).toEqual([2, 3, 4]);
  });
});

describe('when a place called like a surname is named apart from the person', () => {
  it('keeps the place as a place', () => {
    const entities = draftedEntities(
      'Flood warning for Romney',
      "Water rose in Romney Marsh overnight, said Peter Lydd, the council's flood officer.",
    );
    expect(entities.find((entity) => entity.name === 'Romney Marsh')?.kind).toBe('place');
  });
});
