/**
 * "What kind of company is Fernside" (`kind-of-named.ts`, `card-fit.ts`):
 * the kind of one thing the question names is what the article calls it,
 * which ingest drafts into that thing's card ("a contract manufacturer…");
 * the list of the article's organisations names it and tells no kind, and
 * a sentence saying "the company" of another firm tells none either.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { kindOfNamedAsked } from '../../src/engine/kind-of-named.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLE = `Bakery chain recalls seeded loaves after glass found in flour
The bakery chain Hollins & Dart has recalled three seeded loaves after shards of glass were found in a batch of flour, the Food Standards Office said on Monday.
The flour was milled for Hollins & Dart by Pelham Milling Ltd, a family-run flour mill based near the port of Stavenham.
Jane Corrie, a spokesperson for Hollins & Dart, said the company had acted within hours of the first complaint.
Pelham Milling did not respond to requests for comment.
Shoppers in Dunmore, a market town of about 9,000 people, said shelves had been cleared by Tuesday morning.
`;

describe('the kind of a named thing a question asks', () => {
  it('reads "what kind of X is Y", its kind and the words naming the thing', () => {
    expect(kindOfNamedAsked('what kind of company is pelham milling')).toEqual({
      kind: 'company',
      rest: 'pelham milling',
    });
    expect(kindOfNamedAsked('what sort of place is dunmore?')?.kind).toBe('place');
  });

  it('reads none in a question after something else', () => {
    expect(kindOfNamedAsked('what kind of flour did they use')).toBeNull();
    expect(kindOfNamedAsked('what kind of glass did they find in the flour')).toBeNull();
  });
});

describe('on an article ingested fresh', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(ARTICLE);
  });

  describe('when asked "what kind of company is pelham milling"', () => {
    it('answers with the card saying what the article calls it, not the list of organisations', () => {
      const answer = engine.ask('what kind of company is pelham milling');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('a family-run flour mill');
    });
  });

  describe('when asked "what sort of place is dunmore"', () => {
    it('answers with the card saying it is a market town', () => {
      const answer = engine.ask('what sort of place is dunmore');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('a market town');
    });
  });
});
