import { beforeAll, describe, expect, it } from 'vitest';
import { Analyzer } from '../../src/engine/analyzer.ts';
import { stem } from '../../src/engine/stemming.ts';
import { TermIndex } from '../../src/engine/term-index.ts';
import { loadGeneralLanguage } from '../../src/knowledge/general.ts';

/**
 * A fresh article's pairs made from its structure are phrased in the
 * engine's own words ("short version", "timeline of events"): a reader
 * phrase of such words ("version of events") is still read as the story's
 * word for it, since the story itself never says them.
 */
describe("when a reader phrase's words are held only by the engine's own phrasings", () => {
  const passages = [
    'The midwives gave the council their account of the night.',
    'The midwives gave the council their figures for the night.',
  ];
  let index: TermIndex;
  beforeAll(async () => {
    const general = await loadGeneralLanguage(
      [...passages, 'short version timeline of events'].flatMap((text) => text.split(/\W+/)),
    );
    const analyzer = new Analyzer({ synonyms: {} }, general);
    index = new TermIndex(
      [
        ...passages.map((body) => ({ phrases: [body], body, prior: 1 })),
        {
          phrases: ['what is the gist short version', 'timeline of events key dates'],
          body: 'What is the gist short version timeline of events key dates The article is about midwives.',
          bodyParts: [
            'what is the gist short version',
            'timeline of events key dates',
            'The article is about midwives.',
          ],
          prior: 1,
          phrasesTemplated: true,
        },
      ],
      analyzer,
      [],
      general.related,
    );
  });

  it('reads "version of events" as the story\'s "account"', () => {
    const terms = index.analyze("what was the midwives' version of events").map((t) => t.term);
    expect(terms).toContain(stem('account'));
  });
});
