/**
 * Knowledge files that parse as JSON but break their schema. Each case is the
 * bundled knowledge with one recipe from test/fixtures/knowledge applied.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { problemsOfRecipe, removeKnowledgeCopies } from './support/knowledge-copy.ts';
import { sourceFile } from './support/source-files.ts';

afterAll(removeKnowledgeCopies);

describe('when a required field is missing', () => {
  const problems = problemsOfRecipe('missing-required-field');

  it('names the file and the missing field’s path, and says it is missing', () => {
    expect(problems()).toEqual([
      {
        file: sourceFile('quotes.json'),
        path: '$.quotes[0].text',
        reason: 'required field is missing (expected string)',
      },
    ]);
  });
});

describe('when an object has a field the schema does not know', () => {
  const problems = problemsOfRecipe('unknown-field');

  it('points the path at the unknown field itself and names it', () => {
    expect(problems()).toEqual([
      {
        file: sourceFile('qa.json'),
        path: '$.pairs[0].answr',
        reason: expect.stringContaining('unknown field "answr"'),
      },
    ]);
  });
});

describe('when a Q&A pair has no citations', () => {
  const problems = problemsOfRecipe('pair-without-citations');

  it('names the file and the empty list, and asks for a citation', () => {
    expect(problems()).toEqual([
      {
        file: sourceFile('qa.json'),
        path: '$.pairs[0].citations',
        reason: 'every pair needs at least one citation',
      },
    ]);
  });
});

describe('when a gap pair is marked featured', () => {
  const problems = problemsOfRecipe('featured-gap');

  it('points at "featured" and says a gap answers nothing', () => {
    expect(problems()).toEqual([
      {
        file: sourceFile('qa.json'),
        path: '$.pairs[2].featured',
        reason: 'a gap pair answers nothing, so it cannot be featured',
      },
    ]);
  });
});

describe('when a day-precision date is 2024-13-45', () => {
  const problems = problemsOfRecipe('impossible-day');

  it('names the file and the value’s path, and shows the expected form', () => {
    expect(problems()).toEqual([
      {
        file: sourceFile('timeline.json'),
        path: '$.events[1].date.value',
        reason: '"2024-13-45" is not a valid day date (expected YYYY-MM-DD)',
      },
    ]);
  });
});

describe('when a day-precision date is well formed but not on the calendar', () => {
  const problems = problemsOfRecipe('unreal-calendar-day');

  it('says it is not a real calendar day', () => {
    expect(problems()).toEqual([
      {
        file: sourceFile('timeline.json'),
        path: '$.events[1].date.value',
        reason: '"2025-02-29" is not a real calendar day',
      },
    ]);
  });
});

describe('when a date gives a part of the month without part-of-month precision', () => {
  const problems = problemsOfRecipe('part-without-part-of-month');

  it('points at the part and names the precision it clashes with', () => {
    expect(problems()).toEqual([
      {
        file: sourceFile('timeline.json'),
        path: '$.events[2].date.part',
        reason: 'part "late" goes only with precision part-of-month, not month',
      },
    ]);
  });
});

describe('when an undated event gives a part of the month', () => {
  const problems = problemsOfRecipe('part-on-unknown-date');

  it('points at the part too', () => {
    expect(problems()).toEqual([
      {
        file: sourceFile('timeline.json'),
        path: '$.events[4].date.part',
        reason: 'part "late" goes only with precision part-of-month, not unknown',
      },
    ]);
  });
});

describe('when a part-of-month date does not say which part', () => {
  const problems = problemsOfRecipe('part-of-month-without-part');

  it('points at the missing part and lists the choices', () => {
    expect(problems()).toEqual([
      {
        file: sourceFile('timeline.json'),
        path: '$.events[2].date.part',
        reason: 'precision part-of-month needs a part: early, mid or late',
      },
    ]);
  });
});

describe('when a lexicon key is not lowercase words', () => {
  const problems = problemsOfRecipe('bad-lexicon-key');

  it('quotes the key in the path and gives the rule it breaks', () => {
    expect(problems()).toEqual([
      {
        file: 'lexicon.json',
        path: '$.synonyms["Air Base"]',
        reason: 'invalid key: a synonym key is one to three lowercase words',
      },
    ]);
  });
});
