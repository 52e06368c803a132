/**
 * A "who" clause set off after a name runs past a name or an age set off
 * inside it, to the verb of saying or, after "said Jane Roe", to the full
 * stop; a role opening on "Another" is its noun alone.
 */
import { describe, expect, it } from 'vitest';
import { draftedEntities } from '../support/one-off.ts';

const entity = (name: string, ...paragraphs: string[]) =>
  draftedEntities(...paragraphs).find((e) => e.name === name);

describe('when a "who" clause sets off a name inside it', () => {
  it('keeps the whole clause up to the verb of saying', () => {
    expect(
      entity(
        'Jane Roe',
        'Jane Roe, 58, who has lived on her boat, Kestrel, for ten years, said the water fell overnight.',
      )?.description,
    ).toBe('58, has lived on her boat, Kestrel, for ten years');
  });

  it('keeps the whole clause to the full stop after "said Jane Roe"', () => {
    expect(
      entity(
        'Jane Roe',
        '"Nobody came to look," said Jane Roe, 58, who has lived on her boat, Kestrel, for ten years and chairs the moorers\' group.',
      )?.description,
    ).toBe("58, has lived on her boat, Kestrel, for ten years and chairs the moorers' group");
  });
});

describe('when a "who" clause sets off an age inside it', () => {
  it('keeps the whole clause up to the verb of saying', () => {
    expect(
      entity(
        'Jane Roe',
        'Jane Roe, who met Tom Hale, 54, on the towpath at dawn, said the bank was leaking.',
      )?.description,
    ).toBe('met Tom Hale, 54, on the towpath at dawn');
  });
});

describe('when a "whose" clause sets off someone else\'s age inside it', () => {
  it('keeps only the clause before it, which is about the person named', () => {
    expect(
      entity(
        'Jane Okafor',
        'Jane Okafor, 54, whose mother Dorothy, 91, has lived at Hollybank for four years, said she learned of it by letter.',
      )?.description,
    ).toBe('54, whose mother Dorothy');
  });
});

describe('when a clause ends before the sentence\'s own verb ("…, has switched off")', () => {
  it('keeps the clause alone', () => {
    expect(
      entity(
        'Priya Sandhu',
        'Priya Sandhu, who owns the Copper Kettle cafe, has switched off her coffee machine, which is plumbed into the mains.',
      )?.description,
    ).toBe('owns the Copper Kettle cafe');
  });
});

describe('when a role set off before a name opens on "Another"', () => {
  it('drafts the role noun alone', () => {
    expect(
      entity(
        'Tom Hale',
        'Another resident, Tom Hale, said the water had been seeping out for weeks.',
      )?.description,
    ).toBe('resident');
  });

  it('drafts the role noun alone when set off after the name ("Tom Hale, another resident,")', () => {
    expect(
      entity(
        'Tom Hale',
        'Tom Hale, another resident, said the water had been seeping out for weeks.',
      )?.description,
    ).toBe('resident');
  });

  it('keeps "one of" the holders whole', () => {
    expect(
      entity(
        'Daniel Okafor',
        'Daniel Okafor, one of the joint administrators, said no offer had been made.',
      )?.description,
    ).toBe('one of the joint administrators');
  });
});
