import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/engine.ts';
import { storyOfPassages } from '../support/story.ts';

describe('a "when" question two sentences answer with a date', () => {
  const engine = createEngine(
    storyOfPassages([
      'Since the admiral resigned, the envoy has toured the harbour twice, most recently in late January.',
      'The admiral, who had led the fleet for a decade and often clashed with ministers over the budget, resigned on March 3.',
    ]),
  );

  describe('when asked "when did the admiral resign"', () => {
    it('ranks first the sentence whose date stands beside the resignation, not the one it only opens', () => {
      const [best] = engine.explain('when did the admiral resign', 1);
      expect(best?.title).toContain('resigned on March 3');
    });
  });

  describe('when asked "when did the envoy tour the harbour"', () => {
    it('still ranks first the sentence about the tour, its date as near', () => {
      const [best] = engine.explain('when did the envoy tour the harbour', 1);
      expect(best?.title).toContain('the envoy has toured the harbour');
    });
  });
});
