/** What the sentence carrying a quote says of its speaker, carried by the quote's pair. */
import { describe, expect, it } from 'vitest';
import { generatedPairs } from '../../src/engine/structure/generate.ts';
import { draftSource } from '../../src/ingest/draft.ts';
import type { QaPair } from '../../src/knowledge/schema.ts';
import { GIVEN_NAMES, TENSE_WORDS } from '../support/language.ts';

const meta = {
  title: 'Ferry delayed again',
  outlet: 'The Test Gazette',
  author: null,
  date: '2025-05-06',
  url: null,
};

function saidPairs(...paragraphs: string[]): QaPair[] {
  const articleText = ['Ferry delayed again', ...paragraphs].join('\n\n');
  const bundle = {
    ...draftSource({
      articleText,
      meta,
      id: 'test',
      existing: [],
      tense: TENSE_WORDS,
      givenNames: GIVEN_NAMES,
    }).bundle,
    pairs: [],
  };
  const entities = new Map(bundle.entities.map((e) => [e.id, e]));
  return generatedPairs(bundle, entities).filter((pair) => /-said-/.test(pair.id));
}

describe('when a "who" clause follows the speaker\'s role (`"…," said X, the mayor, who had opposed it.`)', () => {
  const [pair] = saidPairs(
    '"The islanders have waited six years for this boat," said Marta Lindqvist, the mayor of Selka, who had opposed the original contract.',
  );

  it('says the clause in the answer', () => {
    expect(pair?.answer).toBe(
      'Marta Lindqvist, the mayor of Selka, who had opposed the original contract, said: “The islanders have waited six years for this boat”',
    );
  });

  it('cites the clause verbatim', () => {
    expect(pair?.citations.map((c) => c.excerpt)).toContain(
      'who had opposed the original contract',
    );
  });
});

describe('when the clause is the role itself (`"…," said Sollund, who chairs the board.`)', () => {
  const [pair] = saidPairs(
    'Henrik Sollund chairs the authority. "We will not cut corners on safety," said Sollund, who chairs the board.',
  );

  it('reads the role as the clause it is, once', () => {
    expect(pair?.answer).toBe(
      'Henrik Sollund, who chairs the board, said: “We will not cut corners on safety”',
    );
  });
});

describe('when a "who" clause is about someone other than the speaker', () => {
  const [pair] = saidPairs(
    '"We will appeal," said Ola Rasten of the yard, blaming the inspector, Tor Berg, who had failed the doors.',
  );

  it("leaves it out of the speaker's pair", () => {
    expect(pair?.answer).not.toMatch(/failed the doors/);
  });
});
