import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { bundledFresh, fixtureStory } from '../eval/stories.ts';

describe('on an article ingested fresh, the only sentence holding the kind of fact asked for', () => {
  let bundled: StoryEngine;
  let sleep: StoryEngine;
  let rate: StoryEngine;
  let cup: StoryEngine;
  beforeAll(async () => {
    bundled = createEngine(await bundledFresh());
    sleep = createEngine((await fixtureStory('weekend-sleep-study')).kb);
    rate = createEngine((await fixtureStory('rate-decision')).kb);
    cup = createEngine((await fixtureStory('cup-semi')).kb);
  });

  describe('when asked "what date did assad fall"', () => {
    // It matched weakly, under `DECISION.clearSentenceLowFloor`, while "date" was a word
    // to match; read as the kind of date asked, it no longer counts against the sentence.
    it('gives the one sentence with a day and a month near "Assad"', () => {
      const answer = bundled.ask('what date did assad fall');
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text).toContain('December 8');
    });

    it('reads the kind as alone in the explanation of the decision', () => {
      expect(bundled.explainDecision('what date did assad fall')?.kindAlone).toBe(true);
    });
  });

  describe('when asked "ok but how much lower were the grades, like a %?"', () => {
    it('gives the sentence with the percentage', () => {
      const answer = sleep.ask('ok but how much lower were the grades, like a %?');
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text).toContain('7% lower');
    });
  });

  describe('when asked "vote split?"', () => {
    it('gives the one tally of the article', () => {
      const answer = rate.ask('vote split?');
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text).toContain('voted 6-1');
    });
  });

  describe('when asked "how old is the city of damascus"', () => {
    it('abstains: the one year a sentence gives lies far from "Damascus", about something else', () => {
      expect(bundled.explainDecision('how old is the city of damascus')?.kindAlone).toBe(true);
      expect(bundled.ask('how old is the city of damascus').status).toBe('unknown');
    });
  });

  describe('when asked "how old are you"', () => {
    it('abstains: "the 46-year-old" shares only the word naming the kind', () => {
      expect(cup.explainDecision('how old are you')?.kindAlone).toBe(false);
      expect(cup.ask('how old are you').status).toBe('unknown');
    });
  });
});
