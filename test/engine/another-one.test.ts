import { describe, expect, it } from 'vitest';
import { anotherOneFit } from '../../src/engine/another-one.ts';

const texts = [
  'In February 2023 a smaller slip closed the same road for 11 days.',
  'A landslip on Sunday, 2 November swept away a section of the road.',
  'The breakthrough came after a second, joint panel was set up in May.',
  'The slip was the second on the road, after a previous slip in 2023.',
  null,
  'Schools were being asked to solve "yet another problem that starts and ends at home".',
];
const isFiller = (word: string) =>
  ['when', 'did', 'was', 'the', 'happen', 'hapen', 'up', 'set'].includes(word);
const condition = (question: string) =>
  anotherOneFit(question, (unit) => texts[unit] ?? null, isFiller);

describe('the condition a question after "the X" sets', () => {
  describe('when asked "when did the slip hapen"', () => {
    const holds = condition('when did the slip hapen');

    it('holds a sentence speaking only of "a smaller slip" against it', () => {
      expect(holds?.(0)).toBe(false);
    });
    it('takes a sentence that never says the word', () => {
      expect(holds?.(1)).toBe(true);
    });
    it('takes a sentence speaking of the slip itself as well as of a previous one', () => {
      expect(holds?.(3)).toBe(true);
    });
    it('trusts an answer written for its questions', () => {
      expect(holds?.(4)).toBe(true);
    });
  });

  describe('when asked "what did the heads union say about where the problem comes from"', () => {
    it('takes "yet another problem": the one asked about, once more', () => {
      expect(
        condition('what did the heads union say about where the problem comes from')?.(5),
      ).toBe(true);
    });
  });

  describe('when asked "when was the joint panel set up"', () => {
    it('takes "a second, joint panel": "second" sets the panel apart, not the word "joint"', () => {
      expect(condition('when was the joint panel set up')?.(2)).toBe(true);
    });
  });

  describe('when the question asks after another one itself ("when was the previous slip")', () => {
    it('sets no condition', () => {
      expect(condition('when was the previous slip')).toBeNull();
      expect(condition('was there a slip before')).toBeNull();
    });
  });
});
