import { beforeAll, describe, expect, it } from 'vitest';
import { articleAskedFit } from '../../src/engine/article-asked.ts';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { queryTerm } from '../../src/engine/query-terms.ts';
import { TOP_UNIT_THRESHOLD } from '../eval/evaluate.ts';
import { fixtureStory } from '../eval/stories.ts';

const PUBLISHED = /published the article on/;

describe('in the teachers’ strike report ingested fresh, whose lead says the schools closed', () => {
  let engine: StoryEngine;
  let ranking: StoryEngine;
  beforeAll(async () => {
    const { kb } = await fixtureStory('teachers-strike');
    engine = createEngine(kb);
    ranking = createEngine(kb, { answerThreshold: TOP_UNIT_THRESHOLD });
  });

  describe('when asked "what date did the schools close"', () => {
    it('ranks the day they closed above the day the article was published', () => {
      const answer = ranking.ask('what date did the schools close');
      expect(answer.answer).not.toMatch(PUBLISHED);
      expect(`${answer.answer} ${answer.quote?.text ?? ''}`).toContain('March 10');
    });
  });

  describe('when asked about the article itself', () => {
    for (const question of [
      'when was this article published',
      'what date was it published',
      'when was it written',
    ]) {
      it(`gives the publication date for "${question}"`, () => {
        expect(engine.ask(question).answer).toMatch(PUBLISHED);
      });
    }

    it('names the outlet for "which paper ran this story"', () => {
      expect(engine.ask('which paper ran this story').answer).toContain('Marlow Falls Tribune');
    });
  });
});

describe('the words naming only the kind of fact asked ("date" of "what date")', () => {
  const asking = (term: string) => [queryTerm(term, 1, false, 'known', 1, 0)];

  it("are read by each index's own terms of a word", () => {
    const plain = (word: string) => [word];
    const stemmed = (word: string) => [`${word}-stem`];
    // "date" names the kind for the index that reads it as "date", not for one reading it otherwise.
    expect(articleAskedFit([], plain, asking('date'))).toBeNull();
    expect(articleAskedFit([], stemmed, asking('date'))).not.toBeNull();
    expect(articleAskedFit([], stemmed, asking('date-stem'))).toBeNull();
    expect(articleAskedFit([], plain, asking('date-stem'))).not.toBeNull();
  });
});
