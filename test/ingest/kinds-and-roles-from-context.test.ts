/**
 * What the words around a name say it is: a competition, the place a
 * council is named after, a business someone runs, a group, a home after an
 * age, and the noun a body is called by closing the sentence before it.
 */
import { describe, expect, it } from 'vitest';
import { draftedEntities } from '../support/one-off.ts';

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

describe('when a sentence closes on a body’s noun and the next opens on a body ("…by its insurer. Heritage Rail Mutual said…")', () => {
  it('gives the body that role, its owner as the sentence names it', () => {
    const insurer = entity(
      'Heritage Rail Mutual',
      "The railway's position has been complicated by its insurer. Heritage Rail Mutual said its policy required members to run diesel locomotives in dry weather.",
    );
    expect(insurer?.description).toBe("the railway's insurer");
    expect(insurer?.citations[0]?.excerpt).toContain('Heritage Rail Mutual said its policy');
  });

  it('gives none when the sentence before closes on a person’s noun', () => {
    const body = entity(
      'Heritage Rail Mutual',
      'The line was reopened by its chairman. Heritage Rail Mutual said its policy required diesel locomotives in dry weather.',
    );
    expect(body?.description).not.toContain('chairman');
  });
});

describe('when a name is what someone runs ("who runs Bhandari Hardware")', () => {
  it('drafts a business', () => {
    expect(
      entity(
        'Bhandari Hardware',
        'Raj Bhandari, 47, who runs Bhandari Hardware on Sheep Street, banks up to £4,000 a week.',
      )?.kind,
    ).toBe('organization');
  });
});

describe('when a name follows a kind of group ("the consumer group FanSafe")', () => {
  it('drafts a body', () => {
    expect(
      entity(
        'FanSafe',
        'Figures compiled by the consumer group FanSafe in 2023 put the average loss at £168.',
      )?.kind,
    ).toBe('organization');
  });
});

describe('when a name is where someone of an age is from ("Daniel Pryce, 34, of Wexcombe,")', () => {
  it('drafts a place', () => {
    expect(
      entity(
        'Wexcombe',
        'Daniel Pryce, 34, of Wexcombe, was sentenced at Castlebridge Crown Court on Friday.',
      )?.kind,
    ).toBe('place');
  });
});

describe('when a "who" clause follows a place a role holder is from ("a trainee nurse from Lyndhurst Vale, who paid…")', () => {
  it('keeps the place a place, the clause being the nurse’s', () => {
    const place = entity(
      'Lyndhurst Vale',
      'One of those who lost out was Chloe Ashdown, 22, a trainee nurse from Lyndhurst Vale, who paid £310 for two tickets.',
    );
    expect(place?.kind).toBe('place');
    expect(place?.description).not.toMatch(/^paid £310/);
  });
});
