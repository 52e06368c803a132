import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { TOP_UNIT_THRESHOLD } from '../eval/evaluate.ts';
import { bundledFresh, fixtureStory } from '../eval/stories.ts';

const PLACES_LIST = /^Places in the article/;

describe('in the bundled article ingested fresh', () => {
  let ranking: StoryEngine;
  beforeAll(async () => {
    ranking = createEngine(await bundledFresh(), { answerThreshold: TOP_UNIT_THRESHOLD });
  });

  describe('when asked in which areas of activity someone wants ties', () => {
    for (const question of [
      'in which areas does moscow want to develop relations',
      'which areas does russia want to grow ties in',
    ]) {
      it(`does not rank the list of places first for "${question}"`, () => {
        expect(ranking.ask(question).answer).not.toMatch(PLACES_LIST);
      });
    }
  });

  describe('when asked why something happened "in the first place"', () => {
    for (const question of [
      'why did russia intervene in the first place',
      'why did russia jump in in the first place',
    ]) {
      it(`does not read it as a question of place: "${question}"`, () => {
        expect(ranking.ask(question).answer).not.toMatch(PLACES_LIST);
      });
    }
  });
});

describe('in the flood report ingested fresh', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine((await fixtureStory('harlow-falls-flood')).kb);
  });

  describe('when asked "which areas were flooded"', () => {
    it('still answers with places', () => {
      expect(engine.ask('which areas were flooded').status).toBe('answered');
    });
  });
});
