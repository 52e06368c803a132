/** The article-wide list of figures: "Which figures does the article give?" of a fresh article. */
import { describe, expect, it } from 'vitest';
import { generatedPairs } from '../../src/engine/structure/generate.ts';
import { draftSource } from '../../src/ingest/draft.ts';
import { GIVEN_NAMES, TENSE_WORDS } from '../support/language.ts';

const meta = {
  title: 'Rocket lost after launch',
  outlet: 'The Test Gazette',
  author: null,
  date: '2025-03-11',
  url: null,
};

/** The answer of the figures pair generated for an article. */
function figuresListed(articleText: string): string {
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
  const pair = generatedPairs(bundle, entities).find((p) => p.id.endsWith('-numbers'));
  return pair?.answer ?? '';
}

describe('the figures an article gives', () => {
  const listed = figuresListed(
    [
      'Rocket lost after launch',
      'A Tern-2 rocket carrying a $412 million satellite lifted off at 6:42 a.m. and broke apart 94 seconds later.',
      'The briefing began at 2 p.m. and ended at 4pm. Tarrant, a 67-year-old teacher, watched from Route 9 with 40 neighbours.',
      'It was the 15th flight. The home side won 24-22 in front of 4,312 fans.',
    ].join('\n\n'),
  );

  it('lists each number with what it counts', () => {
    expect(listed).toContain('$412 million satellite');
    expect(listed).toContain('94 seconds');
    expect(listed).toContain('40 neighbours');
    expect(listed).toContain('67-year-old teacher');
    expect(listed).toContain('4,312 fans');
  });

  it('keeps a score whole', () => {
    expect(listed).toContain('24-22');
    expect(listed).not.toMatch(/\b22 \(/);
  });

  it('leaves out clock times, ordinals and the numbers names carry', () => {
    // "2 p" of "2 p.m.", "42" of "6:42", "2" of "Tern-2", "9" of "Route 9", "15" of "15th".
    expect(listed).not.toMatch(/\b(?:2 p|6|42|2|4|9|15) \(|\b2 rocket\b/);
  });
});
