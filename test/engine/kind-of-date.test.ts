/**
 * "what year", "which day of the week": the word after "what" names the kind
 * of date asked for (`KIND_OF_DATE` in `src/engine/intent.ts`). A sentence
 * saying "last year" holds the word and gives no year; one saying "in 1887"
 * gives it without the word.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { loadGeneralLanguage, storyWords } from '../../src/knowledge/general.ts';
import { storyOfPassages } from '../support/story.ts';

let engine: StoryEngine;
beforeAll(async () => {
  const bare = storyOfPassages(
    [
      'The painting was completed in 1887 by a harbour artist.',
      'The museum bought a new frame for the painting last year.',
      'The gallery reopened on Tuesday after a two-week closure, the trust said.',
      'Visitors queued for an hour on the first day, staff said.',
    ],
    { title: 'A painting returns', scope: 'A painting returns' },
  );
  engine = createEngine({ ...bare, general: await loadGeneralLanguage(storyWords(bare)) });
}, 60_000);

describe('when asked "what year was the painting finished"', () => {
  it('gives the year it was completed, not the sentence that says "last year"', () => {
    const answer = engine.ask('what year was the painting finished');
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('1887');
  });

  it('answers "what year was the painting done" the same way', () => {
    expect(engine.ask('what year was the painting done').answer).toContain('1887');
  });
});

describe('when asked "which day of the week did the gallery reopen"', () => {
  it('gives the weekday', () => {
    expect(engine.ask('which day of the week did the gallery reopen').answer).toContain('Tuesday');
  });
});
