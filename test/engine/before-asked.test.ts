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

describe('the condition a question after an earlier one than the article tells of sets', () => {
  const record = [
    'The fine is the largest ever imposed on a water company in England.',
    'The previous record was £20 million, imposed in 2017.',
    'The company was fined £1.2 million the following year.',
    "In a statement, the firm's chief executive, Richard Tolley, apologised.",
  ];
  const earlier = (question: string) => asked.fit(question, (unit) => record[unit] ?? null);

  describe('when asked "what was the previous record fine"', () => {
    const holds = earlier('what was the previous record fine');

    it('holds "the largest ever" against it: a superlative ranks this one, it tells of no other', () => {
      expect(holds?.(0)).toBe(false);
    });
    it('takes the sentence telling of the previous record', () => {
      expect(holds?.(1)).toBe(true);
    });
    it('takes a time told after an earlier one ("the following year")', () => {
      expect(holds?.(2)).toBe(true);
    });
  });

  describe('when asked "who was ceo before tolley"', () => {
    it('holds the sentence naming the present chief executive against it', () => {
      expect(earlier('who was ceo before tolley')?.(3)).toBe(false);
    });
  });

  describe('when asked "has the firm been fined before this case"', () => {
    it('reads the yes-or-no closing on "before this case" as asking after an earlier time', () => {
      expect(earlier('has the firm been fined before this case')?.(0)).toBe(false);
    });
  });

  describe('when asked what came before an event ("what happened before the vote")', () => {
    it('sets no condition', () => {
      expect(earlier('what happened before the vote')).toBeNull();
    });
  });
});
