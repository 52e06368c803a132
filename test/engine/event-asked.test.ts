/** "what happened in the park", "whats going on with the jogger": the lead reporting the event, not a remark on it. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLE = [
  'Jogger hurt by loose dog in Hollins Park',
  'A jogger was bitten by a loose dog in Hollins Park on Sunday morning and taken to hospital with leg injuries, police said.',
  '"The park is usually so quiet, and everyone in the park this morning was shaken," said park ranger Tom Alder.',
  'Police are asking anyone who saw the dog to come forward.',
].join('\n\n');

describe('in a made-up article ingested fresh', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(ARTICLE, { outlet: 'The Hollins Echo' });
  });

  describe.each(['ok so what happened in the park', 'whats going on with the jogger'])(
    'when asked "%s"',
    (question) => {
      it('gives the lead reporting the event, not the ranger’s remark on it', () => {
        const answer = engine.ask(question);
        expect(answer.status).toBe('answered');
        expect(answer.answer).toContain('A jogger was bitten by a loose dog');
      });
    },
  );

  describe('when asked "what happened to the ranger"', () => {
    it('does not give the lead, which does not name him', () => {
      expect(engine.ask('what happened to the ranger').answer).not.toContain('A jogger was bitten');
    });
  });
});
