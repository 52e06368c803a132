import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { AnswerTypes } from '../../src/engine/intent.ts';
import { fixtureStory } from '../eval/stories.ts';
import { LANGUAGE } from '../support/language.ts';

// In an article that never writes "why", the question word was read as a
// word the story does not use and replaced by WordNet's nouns for it
// ("ground", "reason"): the question no longer asked with a question word,
// and "ground" was one more word no sentence explained.
describe('a question word the article never writes', () => {
  let ransomware: StoryEngine;
  let launch: StoryEngine;
  beforeAll(async () => {
    ransomware = createEngine((await fixtureStory('council-ransomware')).kb);
    launch = createEngine((await fixtureStory('launch-failure')).kb);
  });

  describe('when asked "why are councils frequent targets acc to dr mirza"', () => {
    it('still asks with "why", leaving no stand-in of it unexplained', () => {
      const f = ransomware.explainDecision('why are councils frequent targets acc to dr mirza');
      expect(f?.asksWh).toBe(true);
      expect(f?.unexplained).toBe(1);
    });

    it('gives the lecturer\'s reason: "because they run essential services"', () => {
      const answer = ransomware.ask('why are councils frequent targets acc to dr mirza');
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text).toContain('because they run essential services');
    });
  });

  // "Caused" asks "why" as the question word does: with a word between
  // ("what actually caused it") it still asks for a cause, which "hope to
  // recover parts of the first stage" does not give.
  describe('when asked "so what actually caused it, like the exact part?"', () => {
    it('reads it as asking for a cause', () => {
      const types = new AnswerTypes(LANGUAGE.cues);
      expect(types.need('so what actually caused it, like the exact part?')).toBe('reason');
    });

    it('abstains: the article gives no cause yet', () => {
      expect(launch.ask('so what actually caused it, like the exact part?').status).toBe('unknown');
    });
  });
});
