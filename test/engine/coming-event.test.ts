import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { DECISION } from '../../src/engine/tuning.ts';
import { fixtureStory } from '../eval/stories.ts';

describe('on an article ingested fresh, the next step a question about the future asks after', () => {
  let kessington: StoryEngine;
  let zoo: StoryEngine;
  let teachers: StoryEngine;
  let bridge: StoryEngine;
  beforeAll(async () => {
    kessington = createEngine((await fixtureStory('kessington-by-election')).kb);
    zoo = createEngine((await fixtureStory('zoo-leopard-escape')).kb);
    teachers = createEngine((await fixtureStory('teachers-strike')).kb);
    bridge = createEngine((await fixtureStory('bridge-closure')).kb);
  });

  describe('when asked "how fast is she gonna publish the contracts"', () => {
    it('gives the sentence of what she promised to publish, though "fast" is the reader\'s own word', () => {
      const answer = kessington.ask('how fast is she gonna publish the contracts');
      expect(answer.status).toBe('answered');
      expect(answer.confidence).toBeLessThan(DECISION.answerThreshold);
      expect(answer.quote?.text).toContain('within her first 100 days');
    });
  });

  describe('when asked "what happens next with the zoo\'s own probe"', () => {
    it('gives the sentence saying the zoo would publish its findings', () => {
      const answer = zoo.ask("what happens next with the zoo's own probe");
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text).toContain('would publish the findings');
    });
  });

  describe('when asked "what happens if the friday mediation fails"', () => {
    it('abstains: a sentence placing the mediation does not tell what follows if it fails', () => {
      expect(teachers.ask('what happens if the friday mediation fails').status).toBe('unknown');
    });
  });

  describe('when asked "what weight limit will lorries have when it reopens"', () => {
    it('abstains: the sentence of what is promised also tells what has not been said', () => {
      expect(bridge.ask('what weight limit will lorries have when it reopens').status).toBe(
        'unknown',
      );
    });
  });
});
