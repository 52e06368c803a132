import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLE = [
  'Cyclist killed at Kestrel Road junction, inquest hears',
  'A cyclist was killed when a lorry turned left across her path at the Kestrel Road junction in March, an inquest heard on Monday.',
  'The lorry driver, a 41-year-old man from Harwick, told the court he had not seen her in his mirrors.',
  'Her partner, Sam Ellis, said the family had been approached by two or three law firms since the crash but declined to name them.',
].join('\n\n');

// Asked which one, where the article tells it was not named: it does not
// say, and the sentence telling so is shown as what it says on the point.
describe('in a made-up report of an inquest ingested fresh', () => {
  let inquest: StoryEngine;
  beforeAll(async () => {
    inquest = await freshEngine(ARTICLE);
  });

  describe('when asked "what law firms contacted them"', () => {
    it('says the article does not say, quoting that the partner declined to name them', () => {
      const answer = inquest.ask('what law firms contacted them');
      expect(answer.status).toBe('unknown');
      expect(answer.answer).toContain('does not say');
      expect(answer.quote?.text).toContain('declined to name them');
    });
  });

  describe('when asked "how many law firms got in touch"', () => {
    it('still answers with the figure the sentence gives', () => {
      const answer = inquest.ask('how many law firms got in touch');
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text).toContain('two or three law firms');
    });
  });

  describe('when asked "did the family name the law firms"', () => {
    it('answers: that he declined to name them is what the article says of it', () => {
      const answer = inquest.ask('did the family name the law firms');
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text).toContain('declined to name them');
    });
  });
});
