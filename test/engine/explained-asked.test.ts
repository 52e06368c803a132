import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { TOP_UNIT_THRESHOLD } from '../eval/evaluate.ts';
import { fixtureStory } from '../eval/stories.ts';

describe('in the landslide report ingested fresh', () => {
  let ranking: StoryEngine;
  beforeAll(async () => {
    ranking = createEngine((await fixtureStory('landslide-repair')).kb, {
      answerThreshold: TOP_UNIT_THRESHOLD,
    });
  });

  describe('when asked "how did strachan explain the fixes never happening"', () => {
    it('reads a question after what she explained, not a lesson asked for', () => {
      expect(ranking.explain('how did strachan explain the fixes never happening')).not.toEqual([]);
    });
  });

  describe('when asked for a lesson ("how do i explain long division", "can someone explain long division")', () => {
    for (const question of [
      'how do i explain long division',
      'can someone explain long division',
    ]) {
      it(`finds nothing to answer "${question}" with`, () => {
        expect(ranking.explain(question)).toEqual([]);
      });
    }
  });

  describe('when asked how any one of a kind works ("explain how a water pump makes pressure")', () => {
    it('reads a lesson asked for, though the story says "water"', () => {
      expect(ranking.explain('explain how a water pump makes pressure')).toEqual([]);
    });

    it('still asks the story of the one the story tells ("explain how the landslide happened")', () => {
      expect(ranking.explain('explain how the landslide happened')).not.toEqual([]);
    });
  });
});
