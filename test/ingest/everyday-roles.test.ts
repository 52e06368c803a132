/**
 * Roles written with everyday nouns of work, set off before a name ("The
 * lifeguard, Daniel Ode, 24,"): the role is the noun, not the age after
 * the name.
 */
import { describe, expect, it } from 'vitest';
import { draftedEntities } from '../support/one-off.ts';

const descriptionOf = (name: string, ...paragraphs: string[]) =>
  draftedEntities('A headline for the test', ...paragraphs).find((e) => e.name === name)
    ?.description;

describe('when asked "what does the lifeguard do" of "The lifeguard, X, 24,"', () => {
  it('gives "the lifeguard" as the role, not the age', () => {
    const description = descriptionOf(
      'Daniel Ode',
      'The lifeguard, Daniel Ode, 24, was treated for breathing difficulties.',
    );
    expect(description).toMatch(/^the lifeguard/);
  });
});
