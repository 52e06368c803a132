import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { STOPWORDS } from '../../src/engine/stopwords.ts';
import { topicAsked } from '../../src/engine/topic-asked.ts';
import { fixtureStory } from '../eval/stories.ts';

const isFiller = (word: string) => STOPWORDS.has(word);

describe('the topic a question after what someone said asks about', () => {
  it('is the words after "about" ("the result")', () => {
    expect(topicAsked('what did whitlow say about the result', true, isFiller)).toEqual(['result']);
  });
  it('is none for a question after what was said at all, or after something else', () => {
    expect(topicAsked('what did whitlow say', true, isFiller)).toEqual([]);
    expect(topicAsked('what was the fuss about the result', false, isFiller)).toEqual([]);
  });
});

describe('in the by-election report ingested fresh', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine((await fixtureStory('kessington-by-election')).kb);
  });

  describe('when asked "what did whitlow say about the result"', () => {
    it('does not answer with what he said of his leaving', () => {
      expect(engine.ask('what did whitlow say about the result').status).toBe('unknown');
    });
  });

  describe('when asked "what did atkins say about the result"', () => {
    it('still answers with her quotation, which reads on from "described it as…"', () => {
      expect(engine.ask('what did atkins say about the result').answer).toContain('Voters');
    });
  });
});
