/** A product's who's-who card: "what is it" is answered by it, "who" never is. */
import { beforeAll, describe, expect, it } from 'vitest';
import { whoView } from '../../src/discord/render/who.ts';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { EntitySchema } from '../../src/knowledge/schema.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLE = [
  'Rocket breaks apart after launch',
  'A Tern-2 rocket carrying a weather satellite broke apart 94 seconds after lift-off on Tuesday.',
  'The rocket, built and operated by Northwind Launch Systems, had flown 14 times before.',
].join('\n\n');

describe("a product in who's who", () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(ARTICLE);
  });

  it('loads: the schema knows the kind', () => {
    const entity = {
      id: 'tern-2',
      name: 'Tern-2',
      kind: 'product',
      description: 'a rocket',
      citations: [{ passage: 1 }],
    };
    expect(EntitySchema.parse(entity).kind).toBe('product');
  });

  it('is shown by /who as a product', () => {
    const card = engine.who('Tern-2');
    expect(card?.kind).toBe('product');
    if (card) expect(whoView(card).embeds[0]?.title).toBe('Tern-2 (product)');
  });

  describe('when asked "who built the rocket"', () => {
    it("does not answer with the rocket's card", () => {
      expect(engine.ask('who built the rocket').match?.kind).not.toBe('entity');
    });
  });
});
