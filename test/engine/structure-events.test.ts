/** "When…" and "what happens next" pairs made from the dated events of a fresh article. */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/engine.ts';
import { generatedPairs, withoutOutletReporting } from '../../src/engine/structure/generate.ts';
import { draftSource } from '../../src/ingest/draft.ts';
import type { QaPair } from '../../src/knowledge/schema.ts';
import { fixtureStory } from '../eval/stories.ts';
import { GIVEN_NAMES, TENSE_WORDS } from '../support/language.ts';

const meta = {
  title: 'Council delays pool vote',
  outlet: 'The Test Gazette',
  author: null,
  date: '2025-03-05',
  url: null,
};

function eventPairs(articleText: string): QaPair[] {
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
  return generatedPairs(bundle, entities).filter((pair) => /-when-/.test(pair.id));
}

describe('a date the article gives for what is still to come', () => {
  const pairs = eventPairs(
    'Council delays pool vote\n\nThe council met on Monday. Its next vote is due on April 24.',
  );

  it('is asked for as what happens next, not what happened', () => {
    const ahead = pairs.find((pair) => pair.id.endsWith('april-24'));
    expect(ahead?.questions[0]).toBe('What happens on April 24?');
    expect(ahead?.questions.some((q) => q.startsWith('what is next'))).toBe(true);
  });

  it('keeps a past date as what happened', () => {
    const past = pairs.find((pair) => pair.id.endsWith('monday'));
    expect(past?.questions[0]).toBe('What happened on Monday?');
  });
});

describe('an article with no dates', () => {
  it('makes no dated pair', () => {
    expect(eventPairs('Council delays pool vote\n\nThe council met and talked.')).toEqual([]);
  });
});

describe("a dated pair's answer, read for what it says", () => {
  it('leaves out the outlet it opens on: "Harbridge" is who reported it, not the event', () => {
    const answer =
      'Harbridge Evening Post reports, for since 2020: Rent strikes have become more common.';
    expect(withoutOutletReporting(answer, 'Harbridge Evening Post')).toBe(
      ' reports, for since 2020: Rent strikes have become more common.',
    );
  });
  it('keeps any other answer as it is', () => {
    const answer = 'The article was published by Harbridge Evening Post.';
    expect(withoutOutletReporting(answer, 'Harbridge Evening Post')).toBe(answer);
  });
});

describe('in the rent-strike report ingested fresh', () => {
  describe('when asked "did harbridge students do a rent strike during covid in 2020?"', () => {
    it('abstains: only the outlet\'s name said "Harbridge" beside the 2020 rent strikes elsewhere', async () => {
      const engine = createEngine((await fixtureStory('rent-strike')).kb);
      expect(
        engine.ask('did harbridge students do a rent strike during covid in 2020?').status,
      ).toBe('unknown');
      // The pair of that Wednesday still answers whom he is due to meet.
      expect(engine.ask('who is professor eade due to meet next').answer).toContain(
        "students' union executive",
      );
    });
  });
});
