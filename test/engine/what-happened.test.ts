/** "ok so what happened", "…in a nutshell": the article's event asked with nothing else named is its gist. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLE = [
  'Van hits footbridge, closing towpath for a week',
  'A delivery van struck the Millrace footbridge in Ashcombe on Monday morning, closing the canal towpath for at least a week while engineers check the span.',
  '"It was a loud bang and then the railings just folded," said Ravi Menon, who runs the lock cafe.',
  'The towpath is used by about 1,500 walkers and cyclists a day, the canal trust said.',
].join('\n\n');

describe('in a made-up article ingested fresh', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(ARTICLE, { outlet: 'The Ashcombe Post' });
  });

  describe.each([
    'ok so what happened',
    'what happened here?',
    'so what happened here in one line',
    "what's this article about in a nutshell",
  ])('when asked "%s"', (question) => {
    it('gives the gist: the lead', () => {
      const answer = engine.ask(question);
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('A delivery van struck the Millrace footbridge');
    });
  });

  describe('when asked "whats going on"', () => {
    it('reads it as chat to the channel, not as the gist', () => {
      expect(engine.ask('whats going on').status).toBe('unknown');
    });
  });

  describe('when asked "what happened to the railings"', () => {
    it('does not give the gist for a question naming something', () => {
      expect(engine.ask('what happened to the railings').answer).not.toContain('reports (');
    });
  });
});
