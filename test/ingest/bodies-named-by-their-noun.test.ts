/**
 * A name the article introduces by a body's noun ("the insolvency firm
 * Holloway Barnes") or that ends on a word only bodies' names end on
 * ("Brinsley Vane Restructuring") is a body's, though it reads like a
 * person's name and later "said" things.
 */
import { describe, expect, it } from 'vitest';
import { draftedEntities } from '../support/one-off.ts';

const kindOf = (name: string, ...paragraphs: string[]) =>
  draftedEntities(...paragraphs).find((e) => e.name === name)?.kind;

describe('when a name follows "the insolvency firm"', () => {
  it('drafts a body, though it "said" something later', () => {
    expect(
      kindOf(
        'Holloway Barnes',
        'By 9am, two partners of the insolvency firm Holloway Barnes had been appointed administrators.',
        'Holloway Barnes said riders would be treated as unsecured creditors.',
      ),
    ).toBe('organization');
  });
});

describe('when administrators come "from Brinsley Vane Restructuring"', () => {
  it('drafts a body, not a place', () => {
    expect(
      kindOf(
        'Brinsley Vane Restructuring',
        'Joint administrators from Brinsley Vane Restructuring were appointed at 4.15pm on 12 May.',
      ),
    ).toBe('organization');
  });
});

describe('when a person\'s role names the firm first ("the firm\'s director, Jane Holt")', () => {
  it('still drafts a person', () => {
    expect(
      kindOf('Jane Holt', "The firm's director, Jane Holt, said the decision was final."),
    ).toBe('person');
  });
});
