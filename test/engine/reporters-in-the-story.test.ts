import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { TOP_UNIT_THRESHOLD } from '../eval/evaluate.ts';
import { fixtureStory } from '../eval/stories.ts';

const BYLINE = /according to its byline/;

describe('in the by-election report ingested fresh, where a candidate "told reporters"', () => {
  let engine: StoryEngine;
  let ranking: StoryEngine;
  beforeAll(async () => {
    const { kb } = await fixtureStory('kessington-by-election');
    engine = createEngine(kb);
    ranking = createEngine(kb, { answerThreshold: TOP_UNIT_THRESHOLD });
  });

  describe('when asked "which reporters did he talk to"', () => {
    it('ranks what he told reporters above the byline', () => {
      expect(ranking.ask('which reporters did he talk to').answer).toContain('told reporters');
    });
  });

  describe('when asked about the reporters in the story', () => {
    for (const question of [
      'which reporters did he talk to',
      'what did he tell the journalists',
      'what did he tell the press',
      'who are the reporters he spoke to',
    ]) {
      it(`does not answer with the byline for "${question}"`, () => {
        expect(engine.ask(question).answer).not.toMatch(BYLINE);
      });
    }
  });

  describe('when asked who wrote the article', () => {
    for (const question of [
      'who wrote this',
      "who's the reporter on this",
      'who is the journalist',
      'which journalist wrote this',
    ]) {
      it(`names the author for "${question}"`, () => {
        expect(engine.ask(question).answer).toContain('Hannah Leckie');
      });
    }
  });
});
