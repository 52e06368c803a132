/**
 * "How old is the club": an age told beside someone else ("the 29-year-old
 * defender said", "Ana Ruiz, 22, … her sister") is theirs, not the age asked
 * (`src/engine/age-owner.ts`).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { loadGeneralLanguage, storyWords } from '../../src/knowledge/general.ts';
import { storyOfPassages } from '../support/story.ts';

let engine: StoryEngine;
beforeAll(async () => {
  const bare = storyOfPassages(
    [
      '"You keep turning up because you love the club," the 29-year-old defender said.',
      'One of those who lost out was Ana Ruiz, 22, a trainee nurse, who bought two tickets for her sister.',
      'The stadium was sold to a developer last spring.',
    ],
    { title: 'A club in trouble', scope: 'A club in trouble' },
  );
  engine = createEngine({ ...bare, general: await loadGeneralLanguage(storyWords(bare)) });
}, 60_000);

describe('when asked "how old is the club"', () => {
  it("does not give the defender's age", () => {
    expect(engine.ask('how old is the club').status).toBe('unknown');
  });
});

describe('when asked "how old is ana\'s sister"', () => {
  it("does not give Ana's own age", () => {
    expect(engine.ask("how old is ana's sister").status).toBe('unknown');
  });

  it('still gives Ana her own age', () => {
    expect(engine.ask('how old is ana ruiz').answer).toContain('22');
  });
});

describe('when asked "how old is the defender"', () => {
  it('gives the age told beside him', () => {
    expect(engine.ask('how old is the defender').answer).toContain('29-year-old');
  });
});
