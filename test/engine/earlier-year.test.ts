import { describe, expect, it } from 'vitest';
import { articleYear, earlierYearFit } from '../../src/engine/earlier-year.ts';

const texts = [
  'In 2019, its sister ship Coral Mist was held for three days in Vigo after 180 people fell ill.',
  'Dozens have fallen ill aboard the cruise ship Coral Dawn, which has been held at the port of Ostra since Saturday.',
  'The Test Gazette reports, for in 2019: In 2019, its sister ship Coral Mist was held for three days in Vigo.',
  'In 2025 the port opened a new terminal.',
  null,
];
const condition = (question: string) =>
  earlierYearFit(
    question,
    (unit) => texts[unit] ?? null,
    () => 2025,
    (word) => ['coral', 'mist', 'vigo'].includes(word),
  );

describe('the condition a question asked in the present sets on earlier years', () => {
  describe('when asked "where is the ship being held"', () => {
    const holds = condition('where is the ship being held');

    it('holds back a sentence opening on an earlier year', () => {
      expect(holds?.(0)).toBe(false);
    });
    it('holds back a pair of what happened in an earlier year', () => {
      expect(holds?.(2)).toBe(false);
    });
    it('takes the sentence of the story itself', () => {
      expect(holds?.(1)).toBe(true);
    });
    it("takes a sentence opening on the article's own year", () => {
      expect(holds?.(3)).toBe(true);
    });
    it('trusts an answer written for its questions', () => {
      expect(holds?.(4)).toBe(true);
    });
  });

  it('takes a sentence opening on an earlier year that holds a name the question asks of ("where is coral mist")', () => {
    expect(condition('where is coral mist now')?.(0)).toBe(true);
  });

  it('holds back the earlier year for a reader\'s "r" for "are" ("where r they holding the ship")', () => {
    expect(condition('where r they holding the ship')?.(0)).toBe(false);
  });

  it('holds back the earlier year for a question about what will be ("when will they let the ship go")', () => {
    expect(condition('when will they let the ship go')?.(0)).toBe(false);
  });

  it('holds back the earlier year for what may come ("how long could the ship be held this time")', () => {
    expect(condition('how long could the ship be held this time')?.(0)).toBe(false);
  });

  it.each([
    'where was the ship held',
    'has this happened before',
    'did they ever get fined',
    'how long was the ship held in 2019',
    'what happened to the ship',
    'what year do older residents remember the ship being held',
  ])('sets none on "%s"', (question) => {
    expect(condition(question)).toBeNull();
  });
});

describe('the year of an article', () => {
  it('is its date’s', () => {
    expect(articleYear('2025-06-17', ['In 2019 it was held.'])).toBe(2025);
  });
  it('is the latest it writes, undated', () => {
    expect(articleYear(null, ['In 2019 it was held.', 'It reopened in 2021.'])).toBe(2021);
  });
  it('is unknown when it writes none', () => {
    expect(articleYear(null, ['It was held.'])).toBeNull();
  });
});
