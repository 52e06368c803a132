import { describe, expect, it } from 'vitest';
import { asksLengthToo } from '../../src/engine/length-asked.ts';
import { fixtureEngines } from '../support/fixture-engines.ts';

describe('a "how long" whose only verb is "to be"', () => {
  it.each([
    'How long was the queue in Carrowby?',
    'How long a stretch of Route 9 is closed, and where?',
    "How long was the whistleblower's complaint?",
  ])('asks "%s" of a length as well as a span', (question) => {
    expect(asksLengthToo(question)).toBe(true);
  });

  it.each([
    'how long is the zoo shut for',
    'how long will the ban last',
    'how long has Morag had the shop',
    'how long are the buildings gonna stay locked up',
  ])('asks "%s" of a span only', (question) => {
    expect(asksLengthToo(question)).toBe(false);
  });
});

const engineFor = fixtureEngines(['boil-notice-ecoli', 'sewage-fine']);

describe('in the E. coli boil notice report ingested fresh', () => {
  describe('when asked "How long was the queue in Carrowby?"', () => {
    it('answers with the queue stretching around 200 metres', () => {
      const answer = engineFor('boil-notice-ecoli').ask('How long was the queue in Carrowby?');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('200 metres');
    });
  });
});

describe('in the sewage fine report ingested fresh', () => {
  describe('when asked "how long is the river brenn"', () => {
    it('abstains: the lead sentence, with a year and a fine, gives the river no length', () => {
      expect(engineFor('sewage-fine').ask('how long is the river brenn').status).toBe('unknown');
    });
  });
});
