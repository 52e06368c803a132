/**
 * A country the article never names, asked about in the reader's words.
 * "The united states" folds to the same word as "US" (`src/engine/text.ts`)
 * and is read as a name the story lacks, not as a short English word
 * (`TermIndex.familiarity`). "President" keeps a stem apart from "presided"
 * (general English's `stemExceptions`).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Analyzer } from '../../src/engine/analyzer.ts';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { loadGeneralLanguage } from '../../src/knowledge/general.ts';
import { bundledFresh } from '../eval/stories.ts';

let syria: StoryEngine;
beforeAll(async () => {
  syria = createEngine(await bundledFresh());
}, 60_000);

describe('when the bundled article, ingested fresh, is asked "who was the first president of the US"', () => {
  it.each([
    'who was the first president of the US',
    'who was the first president of the united states',
    'who is the president of the usa',
  ])('does not give the Syrian president for "%s"', (question) => {
    expect(syria.ask(question).status).not.toBe('answered');
  });

  it('still answers who the president named in the article is', () => {
    const answer = syria.ask('which president was ousted');
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('Assad');
  });
});

describe('when a reader asks about a president of a story whose judge presided', () => {
  it('does not read "president" and "presided" as one word', async () => {
    const analyzer = new Analyzer(
      { synonyms: {}, stopwords: [] },
      await loadGeneralLanguage(['president', 'presided']),
    );
    expect(analyzer.stem('president')).not.toBe(analyzer.stem('presided'));
    expect(analyzer.stem('presidents')).toBe(analyzer.stem('president'));
    expect(analyzer.stem('presiding')).toBe(analyzer.stem('presided'));
  });
});
