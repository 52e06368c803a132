import { describe, expect, it } from 'vitest';
import { asksForYear, givesYear } from '../../src/engine/figures.ts';
import { fixtureEngines } from '../support/fixture-engines.ts';

/**
 * Questions on the article's subject that it does not answer, where the
 * sentence sharing their words tells of another thing: a count of two
 * kinds together for one of them, the present holder for an earlier one.
 */
const engineFor = fixtureEngines([
  'zoo-leopard-escape',
  'sewage-fine',
  'boil-notice-ecoli',
  'club-takeover',
]);

describe('in the zoo escape report ingested fresh', () => {
  describe('when asked "how many staff work at the zoo"', () => {
    it('abstains: "about 1,800 visitors and staff" counts staff only together with visitors', () => {
      expect(engineFor('zoo-leopard-escape').ask('how many staff work at the zoo').status).toBe(
        'unknown',
      );
    });
  });

  describe('when asked "how many visitors and staff were evacuated"', () => {
    it('gives the count of both together', () => {
      const answer = engineFor('zoo-leopard-escape').ask(
        'how many visitors and staff were evacuated',
      );
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('1,800 visitors and staff');
    });
  });
});

describe('in the sewage fine report ingested fresh', () => {
  describe('when asked "who was ceo before tolley"', () => {
    it('abstains: the article names only Tolley, and neither his card nor the sentence naming him tells who came before', () => {
      expect(engineFor('sewage-fine').ask('who was ceo before tolley').status).toBe('unknown');
    });
  });

  describe('when asked "what was the previous record fine for a water company"', () => {
    it('abstains: "the largest ever imposed" tells of no earlier fine', () => {
      expect(
        engineFor('sewage-fine').ask('what was the previous record fine for a water company')
          .status,
      ).toBe('unknown');
    });
  });
});

describe('in the E. coli boil notice report ingested fresh', () => {
  describe('when asked "How much was Ashcombe fined after the previous incident?"', () => {
    it('gives the fine "the following year", told after that incident', () => {
      const answer = engineFor('boil-notice-ecoli').ask(
        'How much was Ashcombe fined after the previous incident?',
      );
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('£1.2 million');
    });
  });
});

describe('in the club takeover report ingested fresh', () => {
  describe('when asked "what year will rovers move back to castlebrook"', () => {
    it('abstains: the sentence on the march gives a weekday, no year', () => {
      expect(
        engineFor('club-takeover').ask('what year will rovers move back to castlebrook').status,
      ).toBe('unknown');
    });
  });
});

describe('a question after a year', () => {
  it('reads "what year" and "since what year" as asking one, not a year of study', () => {
    expect(asksForYear('what year will they move back')).toBe(true);
    expect(asksForYear('since what year is russia in syria')).toBe(true);
    expect(asksForYear('what year of uni is okonjo in')).toBe(false);
    expect(asksForYear('what year is he in')).toBe(false);
  });

  it('is given a year written or in words, not a weekday', () => {
    expect(givesYear('rebuilt in 2016 at a cost of £1.2 million')).toBe(true);
    expect(givesYear('returned last year')).toBe(true);
    expect(givesYear('marched on Wednesday evening')).toBe(false);
  });
});
