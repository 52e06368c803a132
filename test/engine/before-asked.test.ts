import { describe, expect, it } from 'vitest';
import { EarlierTimeAsked } from '../../src/engine/before-asked.ts';
import { LANGUAGE } from '../support/language.ts';

const texts = [
  'Bus drivers at Marlowe Coaches have voted to accept a revised pay offer, ending a three-week strike.',
  'Drivers last struck in the spring of 2022, in a dispute settled after eight days.',
  'It is the second significant incident at Hollins Cross in three years.',
  'Boil-water advisory for 41,000 Port Halden homes to last at least until Saturday, utility says',
  null,
];
const asked = new EarlierTimeAsked(LANGUAGE);
const condition = (question: string) => asked.fit(question, (unit) => texts[unit] ?? null);

describe('the condition a yes-or-no after whether something happened before sets', () => {
  describe('when asked "have marlowe drivers gone on strike before?"', () => {
    const holds = condition('have marlowe drivers gone on strike before?');

    it('holds the lead, telling only of this strike, against it', () => {
      expect(holds?.(0)).toBe(false);
    });
    it('takes a sentence telling when they last struck', () => {
      expect(holds?.(1)).toBe(true);
    });
    it('takes a sentence counting this one the second', () => {
      expect(holds?.(2)).toBe(true);
    });
    it('does not read the verb "to last" as an earlier time', () => {
      expect(holds?.(3)).toBe(false);
    });
    it('trusts an answer written for its questions', () => {
      expect(holds?.(4)).toBe(true);
    });
  });

  describe('when a question asks no yes-or-no, or names what came before another thing', () => {
    it('sets no condition', () => {
      expect(condition('when did vale win the cup before')).toBeNull();
      expect(condition('did they strike before the vote')).toBeNull();
    });
  });

  describe('when a reader opens with words of their own ("hmm so have the drivers struck before?")', () => {
    it("reads past general English's openers to the yes-or-no", () => {
      expect(condition('hmm so have the drivers struck before?')?.(0)).toBe(false);
    });
    it('reads past none without general English', () => {
      const plain = new EarlierTimeAsked(undefined);
      expect(plain.fit('hmm so have the drivers struck before?', () => null)).toBeNull();
    });
  });
});
