/**
 * The article-wide list of figures answers a question asking for figures,
 * not one asking after one figure; and a reader's British spelling of a
 * listed kind in the singular asks for one thing, as the list's own does.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLE = `Sickness outbreak keeps ferry Saltwind in port at Brennock
More than 300 passengers and 21 crew members have fallen ill aboard the ferry Saltwind, which has been held at Brennock since Friday.
The Brennock Port Health Authority said on Monday that 312 of the 1,150 passengers had reported symptoms during the six-night crossing.
Calder Lines, which operates the ferry, said it had followed every rule and would share its records.
Ellen Moray, a passenger from Dunmere, puts her loss at around £4,000, counting the fare for her family and two nights in a hotel.
The Saltwind Passengers Group, a volunteer association set up by travellers on board, has sued Calder Lines over the delay.
`;

describe('the list of figures on a freshly ingested article', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(ARTICLE);
  });

  describe('when asked "what goes into the £4k figure"', () => {
    it('answers with the sentence counting what the sum is made of, not the list of figures', () => {
      const answer = engine.ask('what goes into the £4k figure');
      expect(answer.answer).toContain('counting the fare');
    });
  });

  describe('when asked "which figures does the article give"', () => {
    it('still lists them', () => {
      expect(engine.ask('which figures does the article give').answer).toMatch(
        /^Figures in the article/,
      );
    });
  });

  describe('when asked "what sort of organisation is the saltwind passengers group"', () => {
    it('answers what the group is, not with the list of organizations: the British spelling asks for one', () => {
      const answer = engine.ask('what sort of organisation is the saltwind passengers group');
      expect(answer.answer).toContain('volunteer association');
    });
  });
});
