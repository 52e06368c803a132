import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { fixtureStory } from '../eval/stories.ts';

// A "why" wants a sentence giving a cause, told by general English's cue
// words: "reasons" gives one as "reason" does, and so does "as required by",
// and "citing" a cause.
describe('on an article ingested fresh, a cause given in words of reason', () => {
  let kessington: StoryEngine;
  let ransomware: StoryEngine;
  let examLeak: StoryEngine;
  beforeAll(async () => {
    examLeak = createEngine((await fixtureStory('exam-paper-leak')).kb);
    kessington = createEngine((await fixtureStory('kessington-by-election')).kb);
    ransomware = createEngine((await fixtureStory('council-ransomware')).kb);
  });

  describe('when asked "what reason did whitlow give for leaving"', () => {
    it('gives the sentence saying he left "for health and family reasons"', () => {
      const answer = kessington.ask('what reason did whitlow give for leaving');
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text).toContain('health and family reasons');
    });
  });

  describe('when asked "why did they report it within 72 hours"', () => {
    it('gives the sentence saying it was "as required by law"', () => {
      const answer = ransomware.ask('why did they report it within 72 hours');
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text).toContain('as required by law');
    });
  });

  describe('when asked "why hasnt the board watermarked every paper"', () => {
    it('gives the sentence saying it applied it to some, "citing cost"', () => {
      const answer = examLeak.ask('why hasnt the board watermarked every paper');
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text).toContain('citing cost');
    });
  });
});
