import { describe, expect, it } from 'vitest';
import { partOfTotalFit } from '../../src/engine/part-of-total.ts';

const texts = [
  "Kettlebridge's A&E sees about 21,000 patients a year and has relied on agency locums to fill 40% of its middle-grade doctor shifts, according to board papers.",
  'Of the 21,000 patients, about 3,400 arrived with heart problems.',
  'About 12% of patients seen were heart cases.',
  'The council ordered a review of every application he handled between 2017 and 2022, a total the authority estimates at about 340 decisions.',
  'Three of the 340 decisions involved the developer.',
  null,
];
const condition = (question: string) => partOfTotalFit(question, (unit) => texts[unit] ?? null);

describe('the condition a question after a part of a total it states sets', () => {
  describe('when asked "how many of the 21,000 patients a year are heart cases"', () => {
    const holds = condition('how many of the 21,000 patients a year are heart cases');

    it('holds a sentence giving only that total, and a share of doctor shifts, against it', () => {
      expect(holds?.(0)).toBe(false);
    });
    it('takes a sentence counting a part', () => {
      expect(holds?.(1)).toBe(true);
    });
    it('takes a share of the patients', () => {
      expect(holds?.(2)).toBe(true);
    });
    it('trusts an answer written for its questions', () => {
      expect(holds?.(5)).toBe(true);
    });
  });

  describe('when asked "how many of the 340 decisions involved Corran Homes?"', () => {
    const holds = condition('how many of the 340 decisions involved Corran Homes?');

    it('holds a sentence giving only that total and years against it', () => {
      expect(holds?.(3)).toBe(false);
    });
    it('takes a part spelled out', () => {
      expect(holds?.(4)).toBe(true);
    });
  });

  describe('when asked "how many patients were treated"', () => {
    it('sets no condition: it states no total', () => {
      expect(condition('how many patients were treated')).toBeNull();
    });
  });
});
