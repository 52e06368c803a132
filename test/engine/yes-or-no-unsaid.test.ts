/**
 * A yes-or-no question below the answer threshold (`DECISION.yesOrNoMostUnexplained`):
 * a sentence leaving three of its words unsaid does not say whether it is so.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { fixtureStory } from '../eval/stories.ts';

let recall: StoryEngine;
beforeAll(async () => {
  recall = createEngine((await fixtureStory('cough-syrup-recall')).kb);
}, 60_000);

describe('when asked "was calloway fined back in 2022 over the record keeping thing"', () => {
  it('abstains rather than giving the warning letter of 2022, which tells of no fine', () => {
    expect(recall.ask('was calloway fined back in 2022 over the record keeping thing').status).toBe(
      'unknown',
    );
  });

  it('still answers what happened in 2022', () => {
    expect(recall.ask('what did the agency do in 2022').answer).toContain('warning letter');
  });
});
