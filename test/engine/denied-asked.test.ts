import { beforeAll, describe, expect, it } from 'vitest';
import { AskedClauses } from '../../src/engine/asked-clause.ts';
import { deniesAskedWord } from '../../src/engine/denied-asked.ts';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { words } from '../../src/engine/text.ts';
import { fixtureStory } from '../eval/stories.ts';
import { LANGUAGE } from '../support/language.ts';

const clauses = new AskedClauses(LANGUAGE);

describe('the clause a yes-or-no asks about', () => {
  it('runs from its auxiliary to the first break, past openers', () => {
    expect(clauses.of('so is route 9 closed? need to drive thru there tmrw')).toEqual({
      asked: 'is route 9 closed',
      options: 'is route 9 closed',
      after: '? need to drive thru there tmrw',
    });
  });

  it('keeps the options after "or" apart from the clause', () => {
    expect(clauses.of('was anyone mauled or injured tbh')).toEqual({
      asked: 'was anyone mauled',
      options: 'was anyone mauled or injured tbh',
      after: '',
    });
  });

  it('reads none in a question opening on a question word', () => {
    expect(clauses.of('who was injured')).toBeNull();
  });
});

describe('whether a sentence denies what a yes-or-no asks', () => {
  // The clause's words the story would index: its auxiliary and articles aside.
  const FUNCTION_WORDS = new Set(['is', 'was', 'did', 'do', 'a', 'the', 'it', 'i']);
  const denies = (question: string, sentence: string, held: number) => {
    const options = clauses.of(question)?.options ?? '';
    const asked = words(options).filter((word) => !FUNCTION_WORDS.has(word));
    return deniesAskedWord(options, words(sentence), (word) => asked.includes(word), held);
  };

  it('reads "no one" as the answer to an "anyone"', () => {
    expect(denies('was anyone injured', 'No one was injured.', 1)).toBe(true);
  });

  it('reads a "not" only in a sentence holding two words of the clause', () => {
    expect(
      denies('did the agency order a satellite', 'It has not decided whether to order one.', 1),
    ).toBe(false);
    expect(
      denies(
        'did the agency order a satellite',
        'The agency has not decided whether to order one.',
        2,
      ),
    ).toBe(true);
  });

  it('does not read the reader\'s "yet" as what a "not yet" denies', () => {
    expect(denies('is it over yet', 'It is not yet known when it will be over.', 2)).toBe(false);
  });

  it("denies nothing of the reader's own life", () => {
    expect(denies('do i need a permit', 'Parliament would not need to vote on a permit.', 2)).toBe(
      false,
    );
  });
});

describe('on articles ingested fresh, a yes-or-no the article answers with a denial', () => {
  let flood: StoryEngine;
  let wildfire: StoryEngine;
  beforeAll(async () => {
    flood = createEngine((await fixtureStory('harlow-falls-flood')).kb);
    wildfire = createEngine((await fixtureStory('wildfire-evacuation')).kb);
  });

  describe('when asked "Has anyone died in the flood?"', () => {
    it('gives the sentence saying no deaths have been reported', () => {
      const answer = flood.ask('Has anyone died in the flood?');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('No deaths have been reported');
    });
  });

  describe('when asked "has anyone been badly injured"', () => {
    it('gives the remark that nobody has been seriously hurt', () => {
      const answer = wildfire.ask('has anyone been badly injured');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('nobody has been seriously hurt');
    });
  });

  describe('when asked "has anyone been arrested for it", which the article does not tell', () => {
    it('abstains', () => {
      expect(wildfire.ask('has anyone been arrested for it').status).toBe('unknown');
    });
  });
});
