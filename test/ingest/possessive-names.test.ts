/**
 * Names with a possessive inside, a plural noun, or "and" between two
 * subjects: read whole, and as the kind of thing they name.
 */
import { describe, expect, it } from 'vitest';
import { draftedEntities } from '../support/one-off.ts';

const kindsOf = (...paragraphs: string[]) =>
  Object.fromEntries(draftedEntities(...paragraphs).map((e) => [e.name, e.kind]));

describe('when a street is named with a possessive ("Weaver\'s Row")', () => {
  const kinds = kindsOf(
    "Derek Halloway, 61, of Weaver's Row, Ashcombe Vale, was jailed on Thursday.",
    'He later moved to Oakfield Crescent.',
  );

  it('drafts one place, not a person called Weaver', () => {
    expect(kinds["Weaver's Row"]).toBe('place');
    expect(kinds.Weaver).toBeUndefined();
    expect(kinds.Row).toBeUndefined();
  });

  it('reads a crescent as a street', () => {
    expect(kinds['Oakfield Crescent']).toBe('place');
  });
});

describe('when a body is named with a plural possessive ("Magistrates\' Court")', () => {
  const kinds = kindsOf(
    "Gordon Pryce, 58, pleaded guilty at Halbury Magistrates' Court on Tuesday.",
    "The Brindlecombe Tenants' Union welcomed the fine.",
  );

  it('keeps the court whole', () => {
    expect(kinds["Halbury Magistrates' Court"]).toBe('organization');
    expect(kinds.Court).toBeUndefined();
  });

  it('keeps the union whole', () => {
    expect(kinds["Brindlecombe Tenants' Union"]).toBe('organization');
  });
});

describe("when a country's possessive comes before a body's word", () => {
  it('leaves the country its own name', () => {
    const kinds = kindsOf("Officials said Russia's Navy would stay in the port.");
    expect(kinds.Russia).toBe('country');
  });
});

describe('when a name is a plural noun ("Brackwell Foods", "Gamblers Anonymous")', () => {
  const kinds = kindsOf(
    'She noticed that invoices from one wholesaler, Brackwell Foods, did not match.',
    'He had attended Gamblers Anonymous meetings since his arrest.',
  );

  it('drafts a firm, not a person', () => {
    expect(kinds['Brackwell Foods']).toBe('organization');
  });

  it('drafts a group, not a person', () => {
    expect(kinds['Gamblers Anonymous']).toBe('organization');
  });

  it('still drafts a person whose surname is a plural and who speaks', () => {
    expect(kindsOf('"We will appeal," Tara Banks said.')['Tara Banks']).toBe('person');
  });
});

describe('when a title of courtesy comes before a surname that is a word of place', () => {
  it('links "Dr Marsh" to Helena Marsh, not a new person', () => {
    const entities = draftedEntities(
      'Lead author Dr Helena Marsh said the pattern held.',
      '"It isn\'t simply that these teenagers are short of sleep," Dr Marsh said.',
    );
    expect(entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual([
      'Helena Marsh',
    ]);
  });
});

describe('when a body\'s name joins two subjects with "and"', () => {
  it('keeps "Journal of Adolescent Sleep and Learning" whole', () => {
    const kinds = kindsOf(
      'It was published in the March issue of the Journal of Adolescent Sleep and Learning.',
    );
    expect(kinds['Journal of Adolescent Sleep and Learning']).toBe('organization');
    expect(kinds.Learning).toBeUndefined();
  });

  it('does not join a person named after the body', () => {
    const kinds = kindsOf('The Ministry of Defence and Colonel Ames declined to comment.');
    expect(kinds['Ministry of Defence']).toBe('organization');
  });
});

describe('when a law is named with "of" inside ("Proceeds of Crime Act")', () => {
  it('gives it no family name as an alias', () => {
    const act = draftedEntities(
      'A confiscation hearing under the Proceeds of Crime Act has been set for November 14.',
    ).find((e) => e.name === 'Proceeds of Crime Act');
    expect(act?.aliases).toEqual([]);
  });
});

describe('when "its" role follows a sentence that names two bodies', () => {
  it('gives the role to the body the sentence before opens with', () => {
    const entities = draftedEntities(
      'The Oakridge Learning Trust, which runs Harrowgate Academy and five other schools, said the deficit was £410,000. Its chief executive, Denise Kerr, said the plans were discussed openly.',
    );
    expect(entities.find((e) => e.name === 'Denise Kerr')?.description).toBe(
      'Oakridge Learning Trust’s chief executive',
    );
  });
});

describe('when a country of the United Kingdom is named after "of"', () => {
  it('is a country, not a person', () => {
    expect(kindsOf('Pupils came from schools in the north of England.').England).toBe('country');
  });
});

describe('when a first name alone follows a full name ("Gareth and Lewis")', () => {
  it('is the one person of that first name, not a new one', () => {
    const people = draftedEntities(
      'Referee Gareth Pennock spoke with his assistant, Lewis Haye, before pointing to the spot.',
      '"Gareth and Lewis both had a clear line of sight," she said.',
    ).filter((e) => e.kind === 'person');
    expect(people.map((p) => p.name)).toEqual(['Gareth Pennock', 'Lewis Haye']);
    expect(people[1]?.aliases).toContain('Lewis');
  });
});

describe('when the adjective of a place the article names is capitalized ("Kestrian")', () => {
  it('is no one', () => {
    const names = draftedEntities(
      'The Central Bank of Kestria raised its rate on Thursday.',
      'About 60 percent of Kestrian mortgages carry variable rates.',
    ).map((e) => e.name);
    expect(names).not.toContain('Kestrian');
  });
});

describe('when a role makes a person of a name ending in a word of place ("Julian Marsh")', () => {
  it('gives the person the surname as an alias', () => {
    const marsh = draftedEntities(
      "The academy's head teacher, Julian Marsh, said he regretted the disruption.",
    ).find((e) => e.name === 'Julian Marsh');
    expect(marsh).toMatchObject({ kind: 'person', aliases: ['Marsh'] });
  });
});
