/** Things made ("the Tern-2 rocket", a ship, a drug) are drafted as products, not as organizations. */
import { describe, expect, it } from 'vitest';
import { draftedEntities } from '../support/one-off.ts';

/** Kinds drafted from an article of these paragraphs under a headline. */
const kindsOf = (...paragraphs: string[]) =>
  Object.fromEntries(
    draftedEntities('Ferry and satellite news', ...paragraphs).map((e) => [e.name, e.kind]),
  );

describe('when a name stands before a noun of a thing made ("the Hydra-4 engine")', () => {
  it('drafts a product', () => {
    expect(
      kindsOf('The ferry will use the Hydra-4 engine, built by Kessel Marine, from next year.')[
        'Hydra-4'
      ],
    ).toBe('product');
  });
});

describe('when a role set off after the name is a thing made ("Stormwatch-3, a weather satellite built for…")', () => {
  it('drafts a product', () => {
    expect(
      kindsOf(
        'The rocket carried Stormwatch-3, a 2.8-tonne satellite built for the Ostland Space Agency.',
      )['Stormwatch-3'],
    ).toBe('product');
  });
});
