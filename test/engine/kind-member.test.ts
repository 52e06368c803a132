/**
 * "Which sport", "what kind of animal": the word after "what" or "which"
 * names a kind, and a member of it answers, however far down WordNet puts
 * it ("rugby" → "football" → … → "sport"; `wordnet-kinds.txt`, read for the
 * story's words; `Expansions.membersOf`). The `notKinds` ("what day",
 * "which part") ask for no member.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { loadGeneralLanguage, storyWords } from '../../src/knowledge/general.ts';
import { storyOfPassages } from '../support/story.ts';

let engine: StoryEngine;
beforeAll(async () => {
  const bare = storyOfPassages(
    [
      'The stadium reopened on Friday after a review of its stands.',
      'Ashworth Falcons, a rugby league side, will share the ground for five seasons.',
      'In March 2019 a red panda slipped through a gap in its enclosure at the town zoo.',
      'Labour mayor Graham Whitlow said the council would pay for the new stand.',
      'Season tickets will cost £240, the club said.',
    ],
    { title: 'Stadium reopens', scope: 'Stadium reopens' },
  );
  engine = createEngine({ ...bare, general: await loadGeneralLanguage(storyWords(bare)) });
}, 60_000);

describe('when asked "which sport are the falcons"', () => {
  it('gives the sentence calling them a rugby league side, though it never says "sport"', () => {
    const answer = engine.ask('which sport are the falcons');
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('rugby league side');
  });
});

describe('when asked "what kind of animal got out of the zoo"', () => {
  it('gives the red panda', () => {
    const answer = engine.ask('what kind of animal got out of the zoo');
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('red panda');
  });
});

describe('when asked "which party is the mayor from"', () => {
  it('still gives his party', () => {
    expect(engine.ask('which party is the mayor from').answer).toContain('Labour mayor');
  });
});

describe('when asked "what day did the stadium reopen"', () => {
  it('still reads "day" as the kind of date asked, not as a kind with members', () => {
    expect(engine.ask('what day did the stadium reopen').answer).toContain('Friday');
  });
});
