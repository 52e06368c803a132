import { describe, expect, it } from 'vitest';
import { fixtureEngines } from '../support/fixture-engines.ts';

/**
 * Questions after a kind of value (a span, a count, a sum, a date, a name, a cause)
 * that the fresh articles do not give: the sentence that shares their words
 * but gives no such value, or gives only the one the reader typed, is no answer.
 */
const engineFor = fixtureEngines([
  'wildfire-evacuation',
  'council-ransomware',
  'lithium-mine-inquiry',
  'orchestra-tour',
  'bus-pay-deal',
  'trial-lab-suspended',
  'ae-closure',
]);

describe('in the wildfire report ingested fresh', () => {
  describe('when asked "how long did it take to put out the 2022 fire"', () => {
    it('abstains: "a smaller fire in August 2022" gives only the year the reader named, no span', () => {
      const answer = engineFor('wildfire-evacuation').ask(
        'how long did it take to put out the 2022 fire',
      );
      expect(answer.status).toBe('unknown');
    });
  });
});

describe('in the A&E closure report ingested fresh', () => {
  describe('when asked "what time did harwood actually arrive at kettlebridge that night"', () => {
    it('abstains: "on the night of 14 August" gives only the part of the day the reader named', () => {
      const answer = engineFor('ae-closure').ask(
        'what time did harwood actually arrive at kettlebridge that night',
      );
      expect(answer.status).toBe('unknown');
    });
  });
});

describe('in the wildfire report ingested fresh, asked whether', () => {
  describe('when asked "will the government approve the emergency funding"', () => {
    it('abstains: the article tells only that the council would ask for it', () => {
      const answer = engineFor('wildfire-evacuation').ask(
        'will the government approve the emergency funding',
      );
      expect(answer.status).toBe('unknown');
    });
  });
});

describe('in the council ransomware report ingested fresh', () => {
  describe('when asked "how many staff work at County Hall"', () => {
    it('abstains: "Tuesday 4 March, when staff at County Hall…" counts no staff', () => {
      expect(engineFor('council-ransomware').ask('how many staff work at County Hall').status).toBe(
        'unknown',
      );
    });
  });

  describe('when asked "how much could the council be fined by the data regulator"', () => {
    it('abstains: the sentence naming the regulator gives no sum', () => {
      const answer = engineFor('council-ransomware').ask(
        'how much could the council be fined by the data regulator',
      );
      expect(answer.status).toBe('unknown');
    });
  });
});

describe('in the lithium mine inquiry ingested fresh', () => {
  describe(`when asked "what's gareth loame's salary"`, () => {
    it('abstains: his quote gives no sum', () => {
      expect(engineFor('lithium-mine-inquiry').ask("what's gareth loame's salary").status).toBe(
        'unknown',
      );
    });
  });
});

describe('in the orchestra tour report ingested fresh', () => {
  describe('when asked "what dates were the dunmere concerts"', () => {
    it('abstains: the sentence naming Dunmere among the tour dates gives no date', () => {
      expect(engineFor('orchestra-tour').ask('what dates were the dunmere concerts').status).toBe(
        'unknown',
      );
    });
  });

  describe(`when asked "what's the culture minister's name"`, () => {
    it('abstains: the article speaks of the minister unnamed', () => {
      expect(engineFor('orchestra-tour').ask("what's the culture minister's name").status).toBe(
        'unknown',
      );
    });
  });

  describe('when asked "what dates was the orchestra due at the assembly rooms"', () => {
    it('gives the dates', () => {
      const answer = engineFor('orchestra-tour').ask(
        'what dates was the orchestra due at the assembly rooms',
      );
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('Assembly Rooms');
    });
  });
});

describe('in the bus pay deal report ingested fresh', () => {
  describe('when asked "how many union members does the rtwu have nationally"', () => {
    it('abstains: the ballot counts votes, and "81 per cent." counts nothing in the next sentence', () => {
      const answer = engineFor('bus-pay-deal').ask(
        'how many union members does the rtwu have nationally',
      );
      expect(answer.status).toBe('unknown');
    });
  });
});

describe('in the trial lab report ingested fresh', () => {
  describe('when asked "What did Peter Harcourt die from?"', () => {
    it('abstains: "before his death in 2023" gives no cause', () => {
      expect(engineFor('trial-lab-suspended').ask('What did Peter Harcourt die from?').status).toBe(
        'unknown',
      );
    });
  });
});
