import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import {
  figuresFit,
  figuresIn,
  withoutYearsNamed,
  yearOfThingFit,
  yearsNamedIn,
} from '../../src/engine/figures.ts';
import { fixtureStory } from '../eval/stories.ts';

describe('the condition a figure in the question sets', () => {
  const texts = [
    'The yield on two-year government bonds rose 12 basis points.',
    'The yield on 10-year bonds fell.',
    'One in eight shifted it by more than four hours.',
    'Turnout was 31.4 per cent, down from 36.9 per cent in 2022.',
  ];
  const fitFor = (question: string) => figuresFit(question, (unit) => figuresIn(texts[unit] ?? ''));

  describe('when asked "what was the 10-year bond yield"', () => {
    it('holds the two-year yield against its answer', () => {
      expect(fitFor('what was the 10-year bond yield')?.(0)).toBe(false);
    });
    it('takes the sentence on 10-year bonds', () => {
      expect(fitFor('what was the 10-year bond yield')?.(1)).toBe(true);
    });
  });

  describe('when asked "how many shifted by more than 4 hours"', () => {
    it('takes the figure spelled out as a word', () => {
      expect(fitFor('how many shifted by more than 4 hours')?.(2)).toBe(true);
    });
  });

  describe('when asked "what was turnout in 2022"', () => {
    it('takes a sentence giving 2022', () => {
      expect(fitFor('what was turnout in 2022')?.(3)).toBe(true);
    });
  });

  describe('when asked "when did world war 2 end"', () => {
    it('holds against it the clock time "2.17am", which holds no 2', () => {
      const heldAgainst = figuresFit('when did world war 2 end', (unit) =>
        figuresIn(['The last man was lifted aboard at 2.17am.'][unit] ?? ''),
      );
      expect(heldAgainst?.(0)).toBe(false);
    });
  });

  it.each(['eli5 whats going on', 'who came 1st', 'what happened'])(
    'sets none on "%s", which names no figure',
    (question) => {
      expect(fitFor(question)).toBeNull();
    },
  );
});

describe('in the rate decision ingested fresh', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine((await fixtureStory('rate-decision')).kb);
  });

  describe('when asked "what was the 10-year bond yield after the decision"', () => {
    it('says the article does not tell, not the two-year yield', () => {
      expect(engine.ask('what was the 10-year bond yield after the decision').status).toBe(
        'unknown',
      );
    });
  });

  describe('when asked "what was the two-year yield after the decision"', () => {
    it('answers with 5.31 percent', () => {
      expect(engine.ask('what was the two-year yield after the decision').answer).toContain('5.31');
    });
  });
});

describe('the condition a thing named by its year sets', () => {
  const texts = [
    'It was the first strike in the city since 2011.',
    'The 2011 strike ended after nine days with a 3 percent raise.',
    'Teachers have struck twice since 2011, and the 2011 strike lasted a week.',
    null,
  ];
  const fitFor = (question: string) =>
    yearOfThingFit(question, (unit) => texts[unit]?.toLowerCase() ?? null);

  describe('when asked "how did the 2011 strike end"', () => {
    it('holds a sentence holding 2011 only as the start of a span against it', () => {
      expect(fitFor('how did the 2011 strike end')?.(0)).toBe(false);
    });
    it('takes the sentence about that strike', () => {
      expect(fitFor('how did the 2011 strike end')?.(1)).toBe(true);
    });
    it('takes one naming the year both ways', () => {
      expect(fitFor('how did the 2011 strike end')?.(2)).toBe(true);
    });
    it('trusts an answer written for its questions', () => {
      expect(fitFor('how did the 2011 strike end')?.(3)).toBe(true);
    });
  });

  it.each(['what happened in 2011', 'how many strikes since 2011', 'who won'])(
    'sets none on "%s", which names no thing by its year',
    (question) => {
      expect(fitFor(question)).toBeNull();
    },
  );
});

describe('in the teachers-strike article ingested fresh', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine((await fixtureStory('teachers-strike')).kb);
  });

  describe('when asked "what was the 2011 strike about"', () => {
    it('abstains: the article names 2011 only as the last strike before this one', () => {
      expect(engine.ask('what was the 2011 strike about').status).toBe('unknown');
    });
  });
});

describe('the years a question names', () => {
  it('reads "the 2022 fire" as naming 2022, and no year inside a longer number', () => {
    expect(yearsNamedIn('how long did it take to put out the 2022 fire')).toEqual(['2022']);
    expect(yearsNamedIn('how many of the 12,019 homes, 2,020 sandbags')).toEqual([]);
  });

  it('blanks out only those years from an answer ("August 2022" keeps its month)', () => {
    const text = withoutYearsNamed('A fire in August 2022 burned more than in 2019.', ['2022']);
    expect(text).toContain('August');
    expect(text).not.toContain('2022');
    expect(text).toContain('2019');
  });
});
