import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLE = [
  'Lorry hits rail bridge in Eastford',
  'A lorry struck the railway bridge on Eastford High Street on Monday morning, closing the line for the day.',
  'Police said the driver, a 52-year-old man from Marlow, was not hurt.',
  'It is not known why the lorry left the Kingsway ring road for the High Street, or whether its driver was using a satnav.',
  'The haulier, Quickway Freight, has not said how many tonnes of steel the lorry was carrying.',
  'Network engineer Ruth Hale said: "The bridge has been hit four times this year."',
].join('\n\n');

// A "what X" asks which one; where the article does not know whether there
// was one at all, it does not say, and the sentence telling so is shown as
// what it says on the point.
describe('in a made-up report of a bridge strike ingested fresh', () => {
  let strike: StoryEngine;
  beforeAll(async () => {
    strike = await freshEngine(ARTICLE);
  });

  describe('when asked "what satnav was the driver using"', () => {
    it('says the article does not say, quoting that it is not known whether he used one', () => {
      const answer = strike.ask('what satnav was the driver using');
      expect(answer.status).toBe('unknown');
      expect(answer.answer).toContain('does not say');
      expect(answer.quote?.text).toContain('whether its driver was using a satnav');
      expect(answer.citation?.passage).toBe(3);
    });

    it('offers no "More on" the very sentence it quotes', () => {
      const answer = strike.ask('what satnav was the driver using');
      expect(answer.status).toBe('unknown');
      expect(answer.suggestions.length).toBeGreaterThan(0);
      expect(answer.suggestions.some((s) => s.startsWith('More on “It is not known'))).toBe(false);
    });
  });

  describe('when asked "was the driver using a satnav"', () => {
    it('answers with the sentence: that it is not known is what the article says of it', () => {
      const answer = strike.ask('was the driver using a satnav');
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text).toContain('It is not known');
    });
  });

  describe('when asked "why did the lorry leave the ring road"', () => {
    it('answers with the sentence telling that very cause not known', () => {
      const answer = strike.ask('why did the lorry leave the ring road');
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text).toContain('It is not known why the lorry left');
    });
  });
});
