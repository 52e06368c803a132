/**
 * A yes-or-no after whether someone knows a fact (`src/engine/knowing-asked.ts`):
 * answered by a text telling it is not known, or by the fact itself where a
 * text shows it by its shape, never by one only sharing its words.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { echoedWordsOf, knowingAskedFit } from '../../src/engine/knowing-asked.ts';
import { fixtureStory } from '../eval/stories.ts';

let ransomware: StoryEngine;
let exam: StoryEngine;
let wildfire: StoryEngine;
let painting: StoryEngine;
let airline: StoryEngine;
let marathon: StoryEngine;
beforeAll(async () => {
  airline = createEngine((await fixtureStory('airline-grounding')).kb);
  marathon = createEngine((await fixtureStory('marathon-heat')).kb);
  ransomware = createEngine((await fixtureStory('council-ransomware')).kb);
  exam = createEngine((await fixtureStory('exam-paper-leak')).kb);
  wildfire = createEngine((await fixtureStory('wildfire-evacuation')).kb);
  painting = createEngine((await fixtureStory('stolen-painting-found')).kb);
}, 60_000);

describe('when asked "do the police know who did it?"', () => {
  it('answers that they are not in a position to say, not that police are involved in the investigation', () => {
    const answer = ransomware.ask('do the police know who did it?');
    expect(answer.status).toBe('answered');
    expect(answer.quote?.text).toContain('not in a position to say who is responsible');
  });
});

describe('when asked "does the board know who leaked it"', () => {
  it('is not answered by the board verifying the leak, which names no one', () => {
    const answer = exam.ask('does the board know who leaked it');
    expect(answer.quote?.text ?? '').not.toContain('verified the leak');
  });
});

describe('when asked "do they know what started it?"', () => {
  it('is not answered by where the blaze is believed to have started', () => {
    const answer = wildfire.ask('do they know what started it?');
    expect(answer.quote?.text ?? '').not.toContain('believed to have started');
  });
});

describe('when asked "did the auction house say who the seller is"', () => {
  it('answers that it declined to name the consignor, not with a sentence naming the seller as someone met', () => {
    const answer = painting.ask('did the auction house say who the seller is');
    expect(answer.status).toBe('answered');
    expect(answer.quote?.text).toContain('declined to name the consignor');
  });
});

describe('when the article tells the fact untold in the question words the reader asked it by', () => {
  it('answers "did they say how many flights the overdue planes flew" with "did not say how many passenger flights", not another figure', () => {
    const answer = airline.ask('did they say how many flights the overdue planes flew');
    expect(answer.status).toBe('answered');
    expect(answer.quote?.text).toContain('did not say how many passenger flights');
  });

  it('answers "did pellow say how many water stations had problems" with "He did not say how many stations had been affected"', () => {
    const answer = marathon.ask('did pellow say how many water stations had problems');
    expect(answer.status).toBe('answered');
    expect(answer.quote?.text).toContain('did not say how many stations');
  });

  it('echoes only question words a sentence repeats: a measure after "how", never "whether"', () => {
    expect(echoedWordsOf('how many flights the overdue planes flew')).toBe('how many');
    expect(echoedWordsOf('where the lithium would get refined')).toBe('where');
    expect(echoedWordsOf('whos paying')).toBe('(?:who|whom|whose)');
    expect(echoedWordsOf('how the bacteria got into the supply')).toBeNull();
    expect(echoedWordsOf('whether it will reopen')).toBeNull();
  });
});

describe('when a question asks no such thing', () => {
  it('sets no condition: "who did it" and "did the wholesaler know about the payments" are read as ever', () => {
    const never = () => {
      throw new Error('read no text');
    };
    const types = {} as Parameters<typeof knowingAskedFit>[1];
    expect(knowingAskedFit('who did it', types, never, never)).toBeNull();
    expect(
      knowingAskedFit('did the wholesaler know about the payments', types, never, never),
    ).toBeNull();
  });
});
