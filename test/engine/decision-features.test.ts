import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_LEAD } from '../../src/engine/decision-features.ts';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { loadGeneralLanguage, storyWords } from '../../src/knowledge/general.ts';
import { storyOfPassages } from '../support/story.ts';

/** An article nobody curated: what the decision reads of its best sentence. */
let engine: StoryEngine;
beforeAll(async () => {
  const bare = storyOfPassages(
    [
      'Ferry crews in Kessel walked off the job on Monday in a dispute over rosters.',
      'The island school sent its pupils home, and a doctor said patients who need dialysis were worried.',
      'The council said a chartered boat would carry patients to hospital appointments from Tuesday.',
    ],
    { title: 'Ferry crews walk out', scope: 'A ferry strike.' },
  );
  engine = createEngine({ ...bare, general: await loadGeneralLanguage(storyWords(bare)) });
});

describe('what the answer-or-abstain decision reads of a question', () => {
  describe('when asked "when did the crews walk off the job"', () => {
    it('reads a sentence holding every word as typed, the date asked for, and no other fact near it', () => {
      const f = engine.explainDecision('when did the crews walk off the job');
      expect(f).toMatchObject({
        typedHeld: 3,
        asked: 3,
        unexplained: 0,
        saysEveryWord: true,
        fitsAll: true,
        need: 'date',
        asksWh: true,
        showsOneSentence: true,
        lead: MAX_LEAD,
      });
    });
  });

  describe('when asked "did the doctor visit ukraine"', () => {
    it('counts "ukraine" as a name the story never mentions, left unexplained', () => {
      const f = engine.explainDecision('did the doctor visit ukraine');
      expect(f?.foreignNames).toBe(1);
      expect(f?.strange).toBeGreaterThanOrEqual(f?.foreignNames ?? 0);
      expect(f?.asksWh).toBe(false);
    });
  });

  describe('when asked "where in kessel are the crews striking"', () => {
    it('sees that the only place the sentence gives is the one asked about', () => {
      expect(engine.explainDecision('where in kessel are the crews striking')?.givesPlace).toBe(
        false,
      );
    });
  });

  describe('when asked "is my boat a ferry"', () => {
    it('reads one word held as typed and no subject of the story, and abstains', () => {
      const f = engine.explainDecision('is my boat a ferry');
      expect(f).toMatchObject({ typedHeld: 1, subjectsHeld: 0 });
      expect(engine.ask('is my boat a ferry').status).toBe('unknown');
    });
  });

  describe('when asked "what time is it"', () => {
    it('reads nothing: no word of it asks about the story', () => {
      expect(engine.explainDecision('what time is it')).toBeNull();
    });
  });
});
