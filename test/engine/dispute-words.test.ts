/** A reader's "row" or "arguing": the article's own word for the quarrel ("argument", "disagreement", "rift"). */
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLE = [
  'Jogger hurt by loose dog in Hollins Park',
  'A jogger was bitten by a loose dog in Hollins Park on Sunday morning and taken to hospital with leg injuries, police said.',
  '"The park is usually so quiet," said park ranger Tom Alder.',
  'The attack has reopened an argument over whether dogs should be kept on leads near the playground.',
  'Police are asking anyone who saw the dog to come forward.',
].join('\n\n');

describe('in a made-up article ingested fresh', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(ARTICLE, { outlet: 'The Hollins Echo' });
  });

  describe('when asked "whats the row about"', () => {
    it('gives the sentence telling of the argument', () => {
      const answer = engine.ask('whats the row about');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('reopened an argument over whether dogs');
    });
  });

  describe('when asked "why is everyone arguing"', () => {
    it('ranks the sentence telling of the argument first', () => {
      expect(engine.explain('why is everyone arguing', 1)[0]?.title).toContain(
        'reopened an argument',
      );
    });
  });
});
