import { beforeAll, describe, expect, it } from 'vitest';
import { CompanyAntecedents } from '../../src/engine/company-antecedents.ts';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { unitSentencesWithQuotes } from '../../src/engine/sentences.ts';
import type { Entity } from '../../src/knowledge/schema.ts';
import { fixtureStory } from '../eval/stories.ts';

const organization = (name: string): Entity => ({
  id: name.toLowerCase().replace(/\W+/g, '-'),
  kind: 'organization',
  name,
  aliases: [],
  description: name,
  citations: [{ passage: 1 }],
});

const kestrel = organization('Kestrel Freight Services');
const office = organization('Regional Safety Office');

/** The names each sentence of a one-passage article is indexed with for its "the company". */
const companiesIn = (passage: string, entities: Entity[] = [kestrel, office]) =>
  new CompanyAntecedents(entities).companiesBehind(unitSentencesWithQuotes(passage));

describe('a sentence that points back to a business as "the company" or "the firm"', () => {
  it('takes the business the sentence before opens on, by its name alone', () => {
    expect(
      companiesIn(
        'Kestrel rejected that account. A spokesperson for the company said the records were complete.',
      ),
    ).toEqual([[], ['kestrel']]);
  });

  it('keeps the business in view for a later "the firm"', () => {
    expect(
      companiesIn(
        'Kestrel Freight Services said it would appeal. It was not the first time. The company lost a case in 2021. Analysts said the firm would recover.',
      ),
    ).toEqual([[], [], ['kestrel'], ['kestrel']]);
  });

  it('never takes a public body for "the company"', () => {
    expect(
      companiesIn(
        'The Regional Safety Office said it had opened an inquiry. It had asked the company for its records.',
      ),
    ).toEqual([[], []]);
  });

  it('takes nothing when no business opens a sentence just before', () => {
    expect(
      companiesIn(
        'Kestrel Freight Services said it would appeal. The ruling was long. Judges met twice. The hearing ran late. Lawyers for the company declined to comment.',
      ),
    ).toEqual([[], [], [], [], []]);
  });
});

describe('in the airline-grounding article ingested fresh', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine((await fixtureStory('airline-grounding')).kb);
  });

  describe('when asked "what did veltmar say"', () => {
    it('answers with what the article says "the company" said, after "Veltmar rejected that account"', () => {
      const answer = engine.ask('what did veltmar say');
      expect(answer.status).toBe('answered');
      // Ingest credits the spokesperson's quotation itself to Veltmar (the body named just
      // before it), so the answer may be that quotation or the sentence saying "the company said".
      expect(answer.quote?.text).toMatch(/complete and accurate records|the company said/i);
    });
  });
});
