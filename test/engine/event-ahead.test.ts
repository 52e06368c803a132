import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { fixtureStory } from '../eval/stories.ts';

describe('on an article ingested fresh, a dated event after publication', () => {
  let club: StoryEngine;
  beforeAll(async () => {
    club = createEngine((await fixtureStory('club-takeover')).kb);
  });

  describe('when asked "when is the trust\'s members meeting"', () => {
    it('gives the meeting called for a day still to come, though its verb tells no future', () => {
      const answer = club.ask("when is the trust's members meeting");
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text).toContain("has called a members' meeting for Sunday 26 October");
    });
  });
});
