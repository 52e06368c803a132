/**
 * The article's own multi-word verb written with a doubled consonant
 * ("stepped down", "shutting down") is read by WordNet's base form of it
 * ("step down"), so it answers the reader's plain word for it ("resign"),
 * as "called off" answers "cancelled" (`baseForms` in `expansions.ts`).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

const FIRM = `Parcel firm Swiftline collapses leaving drivers unpaid
Swiftline, the parcel company based in Dunmore, went into administration on Tuesday 3 February.
Its founder, Graham Tolley, stepped down as chief executive on Friday 30 January.
Mr Tolley said in a statement on Wednesday that he was sorry for the drivers.
About 900 drivers are owed £2.1m, the administrators said.
`;

describe('on an article saying its verb in words of its own ("stepped down")', () => {
  let ranking: StoryEngine;
  beforeAll(async () => {
    ranking = await freshEngine(FIRM, {}, { answerThreshold: 0.0001 });
  });

  describe('when asked "what day did tolley resign"', () => {
    it('ranks first the sentence saying he stepped down, not the one of his statement', () => {
      expect(ranking.ask('what day did tolley resign').quote?.text).toContain(
        'stepped down as chief executive on Friday 30 January',
      );
    });
  });
});
