import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { STOPWORDS } from '../../src/engine/stopwords.ts';
import { fixtureStory } from '../eval/stories.ts';

// "Describe" frames what is asked ("how did she describe it"), and so does
// every form of it: "described" and "describing" are no word a sentence
// must say to answer.
describe('"describe" in any of its forms', () => {
  it('is a stopword as "describe" is', () => {
    for (const word of ['describe', 'described', 'describes', 'describing']) {
      expect(STOPWORDS.has(word)).toBe(true);
    }
  });

  describe('on an article ingested fresh', () => {
    let ransomware: StoryEngine;
    let ecoli: StoryEngine;
    beforeAll(async () => {
      ransomware = createEngine((await fixtureStory('council-ransomware')).kb);
      ecoli = createEngine((await fixtureStory('boil-notice-ecoli')).kb);
    });

    describe('when asked "hey bot, was the attack described as criminal?"', () => {
      it('gives the remark calling it "a serious and sophisticated criminal attack"', () => {
        const answer = ransomware.ask('hey bot, was the attack described as criminal?');
        expect(answer.status).toBe('answered');
        expect(answer.quote?.text).toContain('criminal attack');
      });
    });

    describe('when asked "How is the company describing the heavy rain?"', () => {
      it('gives the sentence in which the company "called heavy weekend rain" the cause', () => {
        const answer = ecoli.ask('How is the company describing the heavy rain?');
        expect(answer.status).toBe('answered');
        expect(answer.quote?.text).toContain('called heavy weekend rain');
      });
    });
  });
});
