import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { AnswerTypes } from '../../src/engine/intent.ts';
import { DECISION } from '../../src/engine/tuning.ts';
import { fixtureStory } from '../eval/stories.ts';
import { LANGUAGE } from '../support/language.ts';

const types = new AnswerTypes(LANGUAGE.cues);

describe('a depth, a height or a width asked by its own word', () => {
  it.each([
    ['how deep is the wreck sitting', 'distance'],
    ['how tall were the towers', 'distance'],
    ['how wide an area did they cordon off', 'distance'],
    // "Deep in the hole" is in debt, not a length.
    ['how deep in the hole is the district next year', null],
  ])('reads "%s" as asking for %s', (question, need) => {
    expect(types.need(question)).toBe(need);
  });

  describe('on articles ingested fresh', () => {
    let whale: StoryEngine;
    let ship: StoryEngine;
    let towers: StoryEngine;
    beforeAll(async () => {
      whale = createEngine((await fixtureStory('whale-refloated')).kb);
      ship = createEngine((await fixtureStory('timber-ship-aground')).kb);
      towers = createEngine((await fixtureStory('cooling-towers-demolished')).kb);
    });

    it('abstains where the article gives no length of the thing asked', () => {
      // The sentence on the trenches says nothing of their depth.
      expect(whale.ask('how deep were the trenches they dug').status).toBe('unknown');
      expect(ship.ask("how deep is the channel at shepherd's spit").status).toBe('unknown');
    });

    it('gives the length written before the name of the thing asked, the dimension unsaid', () => {
      const answer = towers.ask('how tall were the towers');
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text).toContain('114-metre towers');
      expect(answer.confidence).toBeLessThan(DECISION.answerThreshold);
    });
  });
});
