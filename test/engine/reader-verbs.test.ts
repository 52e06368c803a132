/**
 * A reader's everyday verb reaches the article's verb for the same deed,
 * though the two share no word: "left" is the past of "leave"
 * (`irregular.txt`); "quit" reads "resign", whose multi-word verb the
 * article says ("stepped down"), even where it also says "leaving"
 * (`plainTerms`, `analyzer.ts`); a firm that "went under" or "went bust"
 * went "into liquidation" (`language.json`'s reader phrases).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

const FIRM = `Parcel firm Swiftline collapses leaving drivers unpaid
Swiftline, the parcel company based in Dunmore, went into administration on Tuesday 3 February, leaving 900 drivers without pay.
Its founder, Graham Tolley, stepped down as chief executive on Friday 30 January.
Mr Tolley said in a statement on Wednesday that he was sorry for the drivers.
The firm left its old depot in Carrow in 2019 and moved to a larger site in Dunmore.
The pier company that once ran the ferry went into liquidation in 1973.
Part of the old pier collapsed in a storm in 1990.
`;

describe('on an article telling deeds in verbs a reader would not type', () => {
  let ranking: StoryEngine;
  beforeAll(async () => {
    ranking = await freshEngine(FIRM, {}, { answerThreshold: 0.0001 });
  });
  const rankedFirst = (question: string) => ranking.ask(question).quote?.text ?? '';

  describe('when asked "when did the company leave carrow"', () => {
    it('ranks first the sentence saying it left, not one saying "leaving"', () => {
      expect(rankedFirst('when did the company leave carrow')).toContain(
        'left its old depot in Carrow in 2019',
      );
    });
  });

  describe('when asked "when did the founder quit"', () => {
    it('ranks first the sentence saying he stepped down', () => {
      expect(rankedFirst('when did the founder quit')).toContain(
        'stepped down as chief executive on Friday 30 January',
      );
    });
  });

  describe('when asked "when did the pier company go under"', () => {
    it('ranks first the sentence saying it went into liquidation', () => {
      expect(rankedFirst('when did the pier company go under')).toContain(
        'went into liquidation in 1973',
      );
    });
  });
});
