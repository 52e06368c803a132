/**
 * What the words around a name say it is: a competition, a numbered engine,
 * the place a council is named after, what kind of place "the village of"
 * is, and the noun a body is called by, set off before it or closing the
 * sentence before it.
 */
import { describe, expect, it } from 'vitest';
import { draftedEntities, draftedQuotes } from '../support/one-off.ts';

/** The drafted entity of this name, from an article of these paragraphs. */
const entity = (name: string, ...paragraphs: string[]) =>
  draftedEntities(...paragraphs).find((e) => e.name === name);

describe('when a name ends on a word of competitions ("the FA Trophy")', () => {
  it('drafts a body, not a person', () => {
    const trophy = entity(
      'FA Trophy',
      "Harwick Town's FA Trophy fourth-round tie against Stourmouth United has been postponed after gale-force winds tore the roof from the main stand.",
    );
    expect(trophy?.kind).toBe('organization');
    expect(trophy?.aliases).not.toContain('Trophy');
  });
});

describe('when a name follows a thing made and its number ("the tank engine No. 4 Lady Margaret")', () => {
  it('drafts a product, with no first name of a lady', () => {
    const engine = entity(
      'Lady Margaret',
      'The first fire was reported about ten minutes after the 2.15pm service, hauled by the 1926 tank engine No. 4 Lady Margaret, passed the farm.',
      "The railway's chairman said Lady Margaret's spark arrestor had been inspected that morning.",
    );
    expect(engine?.kind).toBe('product');
    expect(engine?.aliases).not.toContain('Margaret');
  });
});

describe('when a parish or town council is named after a name ("Ashcombe Green Parish Council")', () => {
  it('drafts that name a place, the body’s place', () => {
    const village = entity(
      'Ashcombe Green',
      'Villagers have raised £186,000 to keep their library open.',
      '"What Ashcombe Green has done is remarkable," a councillor said.',
      'Tom Elridge, clerk to Ashcombe Green Parish Council, said the parish would act as a safety net.',
    );
    expect(village?.kind).toBe('place');
    expect(village?.aliases).not.toContain('Green');
  });
});

describe('when the article calls a place "the village of" or "the market town of"', () => {
  it('describes it as a village, a market town', () => {
    const entities = draftedEntities(
      'A beekeeper in the village of Hollinsby says she has lost most of her colonies.',
      'The spraying was done by a contractor based in the market town of Coldmere.',
    );
    const hollinsby = entities.find((e) => e.name === 'Hollinsby');
    expect(hollinsby?.kind).toBe('place');
    expect(hollinsby?.description).toBe('a village');
    expect(hollinsby?.citations[0]?.excerpt).toBe('the village of Hollinsby');
    expect(entities.find((e) => e.name === 'Coldmere')?.description).toBe('a market town');
  });

  it('does not call a place the part of it the article names ("off the coast of")', () => {
    const port = entity(
      'Port Carrick',
      'Five fishermen were rescued from a sinking trawler off the coast of Port Carrick on Wednesday.',
    );
    expect(port?.description).not.toBe('a coast');
  });
});

describe('when a sentence closes on a body’s noun and the next opens on a body ("…by its insurer. Heritage Rail Mutual said…")', () => {
  it('gives the body that role, its owner as the sentence names it', () => {
    const insurer = entity(
      'Heritage Rail Mutual',
      "The railway's position has been complicated by its insurer. Heritage Rail Mutual said its policy required members to run diesel locomotives in dry weather.",
    );
    expect(insurer?.description).toBe("the railway's insurer");
  });
});

describe('when a body’s noun is set off before its name ("its former contractor, Veltmar Aero Services,")', () => {
  it('gives the body that role, "its" read as the body named before', () => {
    const contractor = entity(
      'Veltmar Aero Services',
      'Coastlink Airways grounded nine aircraft on Wednesday.',
      'Coastlink blamed an error in transferring records from its former contractor, Veltmar Aero Services, to a new computer system.',
    );
    expect(contractor?.kind).toBe('organization');
    expect(contractor?.description).toBe('Coastlink’s former contractor');
  });

  it('keeps a guessed body a body ("the demolition contractor, Brenlow Demolition")', () => {
    const firm = entity(
      'Brenlow Demolition',
      'About 450 kilograms of explosives had been placed in the shells, according to the demolition contractor, Brenlow Demolition.',
    );
    expect(firm?.kind).toBe('organization');
  });

  it('does not credit the body with words the sentence’s subject says "saying…"', () => {
    const quotes = draftedQuotes(
      'Students have been moved into hotels.',
      'In a statement on Wednesday, the university blamed its contractor, Brackenridge Construction, saying the firm had given "repeated assurances" through the summer.',
    );
    const quote = quotes.find((q) => q.text === 'repeated assurances');
    expect(quote?.speaker).not.toBe('brackenridge-construction');
  });
});
