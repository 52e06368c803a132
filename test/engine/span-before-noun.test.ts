import { describe, expect, it } from 'vitest';
import { fixtureEngines } from '../support/fixture-engines.ts';

const engineFor = fixtureEngines(['planning-bribes', 'island-ferry-inspections']);

describe('in the planning bribes report ingested fresh', () => {
  describe('when asked "how long was the trial"', () => {
    it('answers with the sentence opening "During the five-week trial"', () => {
      const answer = engineFor('planning-bribes').ask('how long was the trial');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('five-week trial');
    });
  });
});

describe('in the island ferry report ingested fresh', () => {
  describe('when asked "how long does the crossing take on the carragh"', () => {
    it('abstains: "the nine-mile crossing" is a length, and the question asks a time', () => {
      const answer = engineFor('island-ferry-inspections').ask(
        'how long does the crossing take on the carragh',
      );
      expect(answer.status).toBe('unknown');
    });
  });
});
