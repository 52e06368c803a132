/**
 * How English news names firms, clubs, products and places, read as such:
 * a shop's possessive name, a firm called by its first word, a club by its
 * last, a product set off after "of", a proper adjective, a sentence opening
 * on "One of", and a town several names are named after.
 */
import { describe, expect, it } from 'vitest';
import { draftedEntities } from '../support/one-off.ts';

const kindsOf = (...paragraphs: string[]) =>
  Object.fromEntries(draftedEntities(...paragraphs).map((e) => [e.name, e.kind]));

describe('when a shop is named with a possessive ("Marlowe\'s has recalled")', () => {
  const kinds = kindsOf(
    "The supermarket chain Marlowe's has recalled a batch of crisps.",
    "Marlowe's said it was contacting every customer, and a spokesperson for Marlowe's apologised.",
  );

  it('drafts a firm, not a person called Marlowe', () => {
    expect(kinds.Marlowe).toBe('organization');
  });
});

describe('when a firm is called by its first word and speaks ("Ardent says it")', () => {
  const kinds = kindsOf(
    'Ardent Minerals wants to reopen the quarry at Fellside.',
    'Ardent says it will recycle most of its water.',
  );

  it('drafts a firm, not a person called Ardent Minerals', () => {
    expect(kinds['Ardent Minerals']).toBe('organization');
  });
});

describe('when a firm\'s name ends on a word of firms ("Kessel Digital")', () => {
  it('drafts a firm, not a person', () => {
    const kinds = kindsOf('The contract went to Kessel Digital, a rival, last month.');
    expect(kinds['Kessel Digital']).toBe('organization');
  });
});

describe('when a club is called by the last word of its name ("Wanderers")', () => {
  const entities = draftedEntities(
    'Thousands of Pellham Wanderers supporters marched on Saturday.',
    'Wanderers were relegated in 2019, and a buyer would move Wanderers out of town.',
  );
  const club = entities.find((e) => e.name === 'Pellham Wanderers');

  it('drafts the club, and the short name as its alias', () => {
    expect(club?.kind).toBe('organization');
    expect(club?.aliases).toContain('Wanderers');
  });

  it('drafts no second body called Wanderers', () => {
    expect(entities.map((e) => e.name)).not.toContain('Wanderers');
  });
});

describe('when a product is set off after "of" ("batches of X, a syrup sold in pharmacies")', () => {
  it('drafts a product, not a person', () => {
    const kinds = kindsOf(
      'Corbel Pharmaceuticals is withdrawing batches of Sootheway Night Cough Relief, a honey-flavoured syrup sold in pharmacies, after tests found a contaminant.',
    );
    expect(kinds['Sootheway Night Cough Relief']).toBe('product');
  });
});

describe('when a proper adjective qualifies a noun ("Victorian drains beneath Eastholm")', () => {
  const kinds = kindsOf(
    'The report blames the delay on the discovery of Victorian drains beneath Eastholm.',
  );

  it('drafts no one called Victorian', () => {
    expect(kinds.Victorian).toBeUndefined();
  });

  it('reads the name after "beneath" as a place', () => {
    expect(kinds.Eastholm).toBe('place');
  });
});

describe('when a sentence opens on "One of" and a name', () => {
  const kinds = kindsOf(
    "One of Brinford's largest employers is to cut 300 jobs.",
    'Dr Ada Wren, who teaches at Brinford University, said the cuts would hurt Brinford North.',
  );

  it('leaves "One of" out of the name', () => {
    expect(kinds['One of Brinford']).toBeUndefined();
  });

  it('reads the town the other names are named after as a place, not the university', () => {
    expect(kinds.Brinford).toBe('place');
    expect(kinds['Brinford University']).toBe('organization');
  });
});

describe('when a name ending on a word of places is someone ("coroner Ada Marsh, who…")', () => {
  const entities = draftedEntities(
    'The report was issued by senior coroner Ada Marsh, who examined the death of a patient.',
    'Ms Marsh recorded a narrative conclusion.',
  );
  const marsh = entities.find((e) => e.name === 'Ada Marsh');

  it('drafts a person, with "Ms Marsh" as her alias', () => {
    expect(marsh?.kind).toBe('person');
    expect(marsh?.aliases).toContain('Ms Marsh');
  });

  it('drafts no second person called Marsh', () => {
    expect(entities.map((e) => e.name)).not.toContain('Marsh');
  });
});

describe('when a role says whose it is ("Kelvale Water\'s director of resources")', () => {
  it("reads the role as a person's", () => {
    const kinds = kindsOf(
      '"We have not taken this lightly," said Ruth Marsh, Kelvale Water\'s director of resources.',
    );
    expect(kinds['Ruth Marsh']).toBe('person');
  });
});

describe('when names follow a place\'s noun and "of" ("the market towns of X and Y")', () => {
  const kinds = kindsOf(
    'The ban covers the market towns of Oxlea and Brandwick, and the village of Stoke Tarrow.',
  );

  it('drafts places, not people', () => {
    expect(kinds.Oxlea).toBe('place');
    expect(kinds.Brandwick).toBe('place');
    expect(kinds['Stoke Tarrow']).toBe('place');
  });
});

describe('when a preposition governs a list of names ("towards A, B, Ley Cross and C")', () => {
  it('reads every name of the list as a place', () => {
    const kinds = kindsOf(
      'The fire spread east towards Felham, Upper Dunlow, Ley Cross and Hathersby on Tuesday.',
    );
    expect(kinds['Ley Cross']).toBe('place');
  });
});

describe('when a name is made an adjective with a participle ("a Leeds-based rival")', () => {
  it('drafts no one called "Leeds-based"', () => {
    const kinds = kindsOf('The contract went to Ostwell Digital, a Leeds-based rival.');
    expect(kinds['Leeds-based']).toBeUndefined();
  });
});

describe('when a lone name follows a place\'s noun and "of", and words set off after it say nothing', () => {
  it('drafts a place', () => {
    const kinds = kindsOf(
      'The route links the villages with the market town of Kelmoor.',
      'She shops at the supermarket in Kelmoor, a round trip of about 18 miles.',
    );
    expect(kinds.Kelmoor).toBe('place');
  });
});

describe('when letters of honour follow a name ("prosecutor Ada Quill KC")', () => {
  const entities = draftedEntities(
    '"This was no lapse," prosecutor Ada Quill KC told the jury on Tuesday.',
  );

  it('leaves the letters out of the name and its surname', () => {
    const quill = entities.find((e) => e.name === 'Ada Quill');
    expect(quill?.kind).toBe('person');
    expect(quill?.aliases).toContain('Quill');
    expect(quill?.aliases).not.toContain('KC');
  });
});
