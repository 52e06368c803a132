import { beforeAll, describe, expect, it } from 'vitest';
import { isClearPair } from '../../src/engine/clear-sentence.ts';
import type { DecisionFeatures } from '../../src/engine/decision-features.ts';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { DECISION } from '../../src/engine/tuning.ts';
import { bundledStory } from '../support/story.ts';

/** An editors' pair explaining every word of a question, well ahead of any other fact. */
const CLEAR: DecisionFeatures = {
  score: DECISION.clearPairFloor,
  lead: DECISION.clearPairLead,
  asked: 3,
  typedHeld: 3,
  typedHeldBesidesOrder: 3,
  standInHeld: 0,
  unexplained: 0,
  clauseUnexplained: 0,
  deniesAsked: false,
  strange: 0,
  foreignNames: 0,
  strangeEnglish: 0,
  strangeEveryday: 0,
  subjectsHeld: 1,
  subjectsAsked: 1,
  fitsAll: true,
  givesPlace: true,
  need: null,
  asksWh: true,
  measureUnsaid: false,
  asksOfReader: false,
  length: 7,
  saysEveryWord: false,
  showsOneSentence: false,
  curated: true,
  kindAlone: false,
  kindDistance: null,
  countAlone: false,
  namesKindAsked: false,
  deedUnsaid: false,
};

describe("when an editors' pair explains every word of a question below the threshold", () => {
  it('gives it, far enough ahead of any other fact', () => {
    expect(isClearPair(CLEAR)).toBe(true);
  });

  it('does not give it with a word of the question left unsaid', () => {
    expect(isClearPair({ ...CLEAR, unexplained: 1, strange: 1, foreignNames: 1 })).toBe(false);
  });

  it('does not give it close behind another fact', () => {
    expect(isClearPair({ ...CLEAR, lead: DECISION.clearPairLead - 0.1 })).toBe(false);
  });

  it('does not give an article sentence or a gap by this rule', () => {
    expect(isClearPair({ ...CLEAR, curated: false })).toBe(false);
  });

  it('does not give a pair failing a condition of the question', () => {
    expect(isClearPair({ ...CLEAR, fitsAll: false })).toBe(false);
  });
});

describe('when asked "which side was the kremlin backing back then" of the curated story', () => {
  let curated: StoryEngine;
  beforeAll(async () => {
    curated = (await bundledStory()).engine;
  });

  it("answers with Russia's military support for Assad, below the usual threshold", () => {
    const answer = curated.ask('which side was the kremlin backing back then');
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('military support for Assad');
  });
});
